import Foundation
import Testing
@testable import BuurtkaartCore

/// Builds network inputs for the layout's tests: `count` actors over `layerCount` layers,
/// spread over the four circles, with names of every length, deterministic.
enum LayoutFixture {
    static func layers(_ count: Int) -> [NetworkLayer] {
        (0..<count).map { index in
            let cluster = Cluster.allCases[index % Cluster.allCases.count]
            return NetworkLayer(id: uuid(1, index), name: "Laag \(index) \(Localizer.text(cluster.messageKey, in: .dutch))",
                                colour: cluster.defaultColour, symbolID: cluster.defaultSymbolID)
        }
    }

    static func uuid(_ kind: Int, _ index: Int) -> UUID {
        UUID(uuidString: "\(kind)0000000-0000-4000-8000-\(String(repeating: "0", count: 12 - String(index).count))\(index)") ?? UUID()
    }

    static let words = ["Buurthuis", "Apotheek De Sluis", "Basisschool", "Moskee Al Amal", "Bakkerij", "Jeugdhuis Chicago",
                        "OCMW", "Wijkagent", "Sportclub Molenbeek Ouest", "Bibliotheek", "Kinderopvang 't Kasteeltje",
                        "Huisartsenpraktijk aan de Ransfortstraat", "Vzw", "Buurtcomité Zinnema", "Markt"]

    static func input(count: Int, layerCount: Int = 12, rings: [EngagementRing?] = [.veryClose, .close, .neutral, .distant, .close, .neutral],
                      organisation: String = "vzw Vaneir") -> NetworkInput {
        let layers = layers(layerCount)
        let actors = (0..<count).map { index in
            NetworkActor(
                id: uuid(2, index), name: "\(words[index % words.count]) \(index)", layerID: layers[(index * 7) % layers.count].id,
                symbolID: layers[(index * 7) % layers.count].symbolID, status: index % 9 == 0 ? .dormant : .current,
                isKeyFigure: index % 5 == 0,
                evaluation: Evaluation(ring: rings[index % rings.count], reciprocity: Reciprocity.allCases[index % 4],
                                       influence: Influence.allCases[index % 3], tone: Tone.allCases[(index / 2) % 3]))
        }
        return NetworkInput(organisation: organisation, layers: layers, actors: actors)
    }

    static let ringLabels = EngagementRing.allCases.map { Localizer.text($0.messageKey, in: .dutch) }
}

@Suite("The network map's layout")
struct NetworkLayoutTests {
    func angle(of point: PicturePoint) -> Double {
        let raw = atan2(point.x, -point.y)
        return raw < 0 ? raw + 2 * Double.pi : raw
    }

    /// Checks every guarantee of the layout for `input`.
    func checkGuarantees(_ input: NetworkInput, labelsRequired: Bool) {
        let layout = NetworkLayout(input: input, ringLabels: LayoutFixture.ringLabels)
        let placed = input.actors.filter { $0.evaluation.ring != nil }
        #expect(layout.nodes.count == placed.count)
        #expect(Set(layout.unplacedActorIDs) == Set(input.actors.filter { $0.evaluation.ring == nil }.map(\.id)))
        let actors = Dictionary(uniqueKeysWithValues: input.actors.map { ($0.id, $0) })
        let sectors = Dictionary(uniqueKeysWithValues: layout.sectors.map { ($0.layerID, $0) })
        let radius = layout.options.nodeRadius
        var outside = 0, outOfSector = 0
        for node in layout.nodes {
            let actor = actors[node.actorID]
            #expect(actor?.evaluation.ring == node.ring)
            let ring = layout.rings[node.ring.rawValue - 1]
            let distance = node.position.distance(to: layout.centre)
            if !(distance - radius >= ring.innerRadius && distance + radius <= ring.outerRadius) { outside += 1 }
            if let sector = sectors[node.layerID] {
                let angle = angle(of: node.position)
                if !(angle >= sector.startAngle && angle <= sector.endAngle) { outOfSector += 1 }
            } else {
                outOfSector += 1
            }
        }
        #expect(outside == 0, "actors outside their circle's band")
        #expect(outOfSector == 0, "actors outside their layer's sector")

        var overlappingNodes = 0
        for (index, node) in layout.nodes.enumerated() {
            for other in layout.nodes[(index + 1)...] where node.position.distance(to: other.position) < 2 * radius {
                overlappingNodes += 1
            }
        }
        #expect(overlappingNodes == 0)

        let shown = layout.nodes.filter(\.label.isShown)
        if labelsRequired { #expect(shown.count == layout.nodes.count, "every label is shown") }
        var clashes: [String] = []
        let fixed = layout.rings.map(\.label.box) + layout.sectors.map(\.label.box)
        for (index, node) in shown.enumerated() {
            let box = node.label.box
            for other in shown[(index + 1)...] where box.intersects(other.label.box) {
                clashes.append("\(node.label.text) / \(other.label.text)")
            }
            if fixed.contains(where: box.intersects) { clashes.append("\(node.label.text) / a circle or layer name") }
            if box.intersects(circle: layout.centre, radius: layout.options.organisationRadius) { clashes.append("\(node.label.text) / the organisation") }
            for other in layout.nodes where other.actorID != node.actorID && box.intersects(circle: other.position, radius: radius) {
                clashes.append("\(node.label.text) / actor \(other.label.text)")
            }
            #expect(box.x >= layout.bounds.x && box.maxX <= layout.bounds.maxX && box.y >= layout.bounds.y && box.maxY <= layout.bounds.maxY)
        }
        #expect(clashes.isEmpty, "\(clashes.prefix(5))")
    }

    @Test("every actor lies in its circle's band and its layer's sector, and no labels overlap", arguments: [0, 1, 12, 45, 150])
    func guarantees(count: Int) {
        checkGuarantees(LayoutFixture.input(count: count), labelsRequired: true)
    }

    @Test("crowded cases keep every label apart up to 150 actors")
    func crowdedCases() {
        // All in the innermost circle, in one layer.
        checkGuarantees(LayoutFixture.input(count: 150, layerCount: 1, rings: [.veryClose]), labelsRequired: true)
        // One actor per layer, all distant.
        checkGuarantees(LayoutFixture.input(count: 40, layerCount: 40, rings: [.distant]), labelsRequired: true)
        // Long names everywhere, two circles only.
        var long = LayoutFixture.input(count: 150, layerCount: 3, rings: [.close, .veryClose])
        long.actors = long.actors.map { actor in
            var actor = actor
            actor.name = "Wijkgezondheidscentrum en ontmoetingsplaats \(actor.name)"
            return actor
        }
        checkGuarantees(long, labelsRequired: true)
    }

    @Test("1,000 actors are all placed without overlapping, with the labels that fit", arguments: [1_000])
    func thousand(count: Int) {
        checkGuarantees(LayoutFixture.input(count: count), labelsRequired: false)
        let layout = NetworkLayout(input: LayoutFixture.input(count: count), ringLabels: LayoutFixture.ringLabels)
        #expect(layout.nodes.filter(\.label.isShown).count > 100)
    }

    @Test("actors without a circle are listed beside the picture, in name order")
    func unplaced() {
        let input = LayoutFixture.input(count: 12, rings: [nil, .close])
        let layout = NetworkLayout(input: input, ringLabels: LayoutFixture.ringLabels)
        #expect(layout.unplacedActorIDs.count == 6)
        let names = layout.unplacedActorIDs.compactMap { id in input.actors.first { $0.id == id }?.name }
        #expect(names == names.sorted { $0.localizedStandardCompare($1) == .orderedAscending } || names == names.sorted())
        #expect(layout.nodes.count == 6)
    }

    @Test("the same actors give the same layout, whatever order they come in")
    func deterministic() {
        let input = LayoutFixture.input(count: 150)
        var shuffled = input
        var generator = SeededGenerator(seed: 7)
        shuffled.actors.shuffle(using: &generator)
        let first = NetworkLayout(input: input, ringLabels: LayoutFixture.ringLabels)
        let second = NetworkLayout(input: shuffled, ringLabels: LayoutFixture.ringLabels)
        #expect(first.bounds == second.bounds)
        #expect(first.nodes.map(\.actorID) == second.nodes.map(\.actorID))
        #expect(first.nodes.map(\.position) == second.nodes.map(\.position))
        #expect(first.nodes.map(\.label.box) == second.nodes.map(\.label.box))
        let svg = NetworkPicture.svg(layout: first, input: input, options: .init(language: .dutch))
        #expect(svg == NetworkPicture.svg(layout: second, input: shuffled, options: .init(language: .dutch)))
    }

    @Test("sectors follow the layers' order and split the circle by their actors")
    func sectors() {
        let input = LayoutFixture.input(count: 60, layerCount: 4)
        let layout = NetworkLayout(input: input, ringLabels: LayoutFixture.ringLabels)
        #expect(layout.sectors.map(\.layerID) == input.layers.map(\.id))
        for (sector, next) in zip(layout.sectors, layout.sectors.dropFirst()) {
            #expect(abs(sector.endAngle - next.startAngle) < 1e-9)
        }
        // A layer without placed actors gets no sector.
        var fewer = input
        fewer.actors.removeAll { $0.layerID == input.layers[1].id }
        #expect(NetworkLayout(input: fewer, ringLabels: LayoutFixture.ringLabels).sectors.map(\.layerID) == [input.layers[0].id, input.layers[2].id, input.layers[3].id])
    }

    @Test("text widths are estimated wide enough and cut long names")
    func textMetrics() {
        #expect(TextMetrics.width(of: "mmmm", fontSize: 10) > TextMetrics.width(of: "iiii", fontSize: 10) * 2)
        #expect(TextMetrics.truncated("Huisartsenpraktijk aan de Ransfortstraat", limit: 20) == "Huisartsenpraktijk…")
        #expect(TextMetrics.truncated("Huisartsenpraktijk aan de Ransfortstraat", limit: 20).hasSuffix("…"))
        #expect(TextMetrics.truncated("  Kort  ", limit: 20) == "Kort")
        let lines = TextMetrics.wrap("vzw Vaneir aan het kanaal in Molenbeek", width: 100, fontSize: 12, lines: 3)
        #expect(lines.count <= 3)
        #expect(lines.allSatisfy { TextMetrics.width(of: $0, fontSize: 12) <= 100 })
    }
}

/// A small deterministic random generator for shuffles in tests.
struct SeededGenerator: RandomNumberGenerator {
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
