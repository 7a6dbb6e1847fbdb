import BuurtkaartCore
import Foundation

// Layout and SVG of the network map (PERFORMANCE.md, last row: < 50 ms for 1,000 actors).
// For 150, 1,000 and 5,000 actors spread over the twelve layers and four circles like a
// real map, times the layout and the SVG separately, best and median of several runs.
//
//   swift run -c release NetworkBenchmark [--runs 15] [--write DIR]
//
// --write DIR also writes the pictures and an A4 document as SVG files, to look at.

var runs = 15
var writeDirectory: String?
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    switch argument {
    case "--runs": runs = arguments.next().flatMap(Int.init) ?? runs
    case "--write": writeDirectory = arguments.next()
    default: print("unknown option \(argument)")
    }
}

/// A map of `count` actors with the demo's proportions: most in circles 2 and 3, a few
/// very close or distant, every value and reciprocity, a key figure now and then.
func sampleInput(count: Int) -> NetworkInput {
    let layers = Cluster.allCases.enumerated().map { index, cluster in
        NetworkLayer(id: UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", index)) ?? UUID(),
                     name: Localizer.text(cluster.messageKey, in: .dutch), colour: cluster.defaultColour, symbolID: cluster.defaultSymbolID)
    }
    let names = ["Buurthuis", "Apotheek", "Basisschool", "Moskee", "Bakkerij", "Jeugdhuis", "OCMW", "Wijkagent", "Sportclub",
                 "Bibliotheek", "Kinderopvang", "Huisarts", "Vzw", "Buurtcomité", "Markt"]
    var generator = SplitMix(seed: 42)
    let rings: [EngagementRing] = [.veryClose, .close, .close, .neutral, .neutral, .neutral, .distant]
    let actors = (0..<count).map { index -> NetworkActor in
        let layer = layers[Int(generator.next() % UInt64(layers.count))]
        let symbols = SymbolCatalog.symbols.filter { $0.cluster.rawValue == layer.symbolID.split(separator: ".").first.map(String.init) }
        return NetworkActor(
            id: UUID(uuidString: String(format: "10000000-0000-4000-8000-%012d", index)) ?? UUID(),
            name: "\(names[index % names.count]) \(index)", layerID: layer.id,
            symbolID: symbols.isEmpty ? layer.symbolID : symbols[index % symbols.count].id,
            status: index % 17 == 0 ? .dormant : (index % 13 == 0 ? .potential : .current), isKeyFigure: index % 11 == 0,
            evaluation: Evaluation(ring: index % 19 == 0 ? nil : rings[Int(generator.next() % UInt64(rings.count))],
                                   reciprocity: Reciprocity.allCases[Int(generator.next() % 4)],
                                   influence: Influence.allCases[Int(generator.next() % 3)],
                                   tone: Tone.allCases[Int(generator.next() % 3)]))
    }
    return NetworkInput(organisation: "vzw Vaneir", layers: layers, actors: actors)
}

struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

func milliseconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
}

func format(_ value: Double) -> String { String(format: "%.1f", value) }

let ringLabels = EngagementRing.allCases.map { Localizer.text($0.messageKey, in: .dutch) }
print("network layout and SVG (release build; best / median of \(runs) runs)")
for count in [150, 1_000, 5_000] {
    let input = sampleInput(count: count)
    var layoutTimes: [Double] = [], svgTimes: [Double] = []
    var layout: NetworkLayout?
    var svg = ""
    for _ in 0..<runs {
        layoutTimes.append(milliseconds { layout = NetworkLayout(input: input, ringLabels: ringLabels) })
        guard let layout else { continue }
        svgTimes.append(milliseconds { svg = NetworkPicture.svg(layout: layout, input: input, options: .init(language: .dutch, isInteractive: true)) })
    }
    layoutTimes.sort()
    svgTimes.sort()
    let total = zip(layoutTimes, svgTimes).map { $0 + $1 }.sorted()
    let shown = layout?.nodes.filter(\.label.isShown).count ?? 0
    print("\(count) actors: layout \(format(layoutTimes[0])) / \(format(layoutTimes[runs / 2])) ms, SVG \(format(svgTimes[0])) / \(format(svgTimes[runs / 2])) ms, "
        + "together \(format(total[0])) / \(format(total[runs / 2])) ms; \(svg.utf8.count / 1024) KiB of SVG, "
        + "\(layout?.nodes.count ?? 0) placed, \(shown) labels shown, scale \(format(layout?.scale ?? 0))")
    if let writeDirectory, let layout {
        try? svg.write(toFile: "\(writeDirectory)/network-\(count).svg", atomically: true, encoding: .utf8)
        for orientation in NetworkDocument.Orientation.allCases {
            let document = NetworkDocument.svg(layout: layout, input: input, options: .init(language: .dutch), page: .init(paper: .a4, orientation: orientation),
                                               texts: .init(title: "Onze buurt aan het kanaal", subtitle: "vzw Vaneir · 23 november 2026", footer: "Buurtkaart"))
            try? document.write(toFile: "\(writeDirectory)/network-\(count)-a4-\(orientation.rawValue).svg", atomically: true, encoding: .utf8)
        }
    }
}
print("target: < 50 ms for 1,000 actors (PERFORMANCE.md); uMap has no such feature")
