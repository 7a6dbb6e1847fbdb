import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import BuurtkaartCore

/// Reads an SVG document with Foundation's XML parser and keeps what the tests look at.
final class SVGReader: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []
    var texts: [String] = []
    private var current = ""

    static func read(_ svg: String) -> SVGReader? {
        let reader = SVGReader()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = reader
        return parser.parse() ? reader : nil
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append((elementName, attributes))
        current = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        current += string
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        let text = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !text.isEmpty { texts.append(text) }
        current = ""
    }
}

@Suite("The network map's SVG, legend and sheets")
struct NetworkPictureTests {
    func layout(_ input: NetworkInput) -> NetworkLayout {
        NetworkLayout(input: input, ringLabels: LayoutFixture.ringLabels)
    }

    @Test("the picture is well-formed SVG with every placed actor, focusable on the page", arguments: [0, 1, 45, 150])
    func wellFormed(count: Int) throws {
        let input = LayoutFixture.input(count: count)
        let svg = NetworkPicture.svg(layout: layout(input), input: input, options: .init(language: .dutch, isInteractive: true, title: "Netwerk <&>"))
        let reader = try #require(SVGReader.read(svg))
        let actors = reader.elements.filter { $0.name == "g" && $0.attributes["class"] == "actor" }
        #expect(actors.count == input.placed.count)
        #expect(actors.allSatisfy { $0.attributes["tabindex"] == "0" && $0.attributes["data-version"] != nil })
        #expect(reader.texts.contains("Netwerk <&>"))
        #expect(reader.elements.first?.attributes["data-circles"]?.split(separator: " ").count == 5)
    }

    @Test("names are escaped and each actor says its evaluation in words")
    func escapingAndDescriptions() throws {
        let layer = NetworkLayer(id: UUID(), name: "Welzijn & zorg", colour: Cluster.welfare.defaultColour)
        let actor = NetworkActor(id: UUID(), name: "<script>alert(1)</script> & co", layerID: layer.id, isKeyFigure: true,
                                 evaluation: Evaluation(ring: .close, reciprocity: .weGive, influence: .high, tone: .conflictual))
        let input = NetworkInput(organisation: "vzw \"Vaneir\"", layers: [layer], actors: [actor])
        let svg = NetworkPicture.svg(layout: layout(input), input: input, options: .init(language: .dutch, isInteractive: true))
        #expect(!svg.contains("<script>"))
        let reader = try #require(SVGReader.read(svg))
        let node = try #require(reader.elements.first { $0.attributes["class"] == "actor" })
        #expect(node.attributes["aria-label"] == "<script>alert(1)</script> & co: 2 nabij, Wij geven (→), invloed Groot, Conflictueus, Sleutelfiguur")
        #expect(reader.texts.contains("Welzijn & zorg"))
        // A conflictual actor is a diamond, with a dotted arrow from us to them and a key figure's star.
        #expect(svg.contains("stroke-dasharray=\"0 19\""))
    }

    @Test("an arrow points the way the giving goes; no exchange draws no arrow")
    func arrows() throws {
        let layer = NetworkLayer(id: UUID(), name: "Laag", colour: Cluster.welfare.defaultColour)
        func relation(_ reciprocity: Reciprocity?) throws -> (lines: Int, heads: Int) {
            let actor = NetworkActor(id: UUID(), name: "Actor", layerID: layer.id,
                                     evaluation: Evaluation(ring: .neutral, reciprocity: reciprocity, influence: .medium, tone: .constructive))
            let input = NetworkInput(organisation: "Wij", layers: [layer], actors: [actor])
            let svg = NetworkPicture.svg(layout: layout(input), input: input, options: .init(language: .english))
            let reader = try #require(SVGReader.read(svg))
            let paths = reader.elements.filter { $0.name == "path" && ($0.attributes["d"] ?? "").hasPrefix("M") }
            let lines = paths.filter { $0.attributes["stroke"] == NetworkStyle.colour(of: .constructive) && $0.attributes["fill"] == "none" }
            let heads = paths.filter { $0.attributes["fill"] == NetworkStyle.colour(of: .constructive) }
                .map { ($0.attributes["d"] ?? "").filter { $0 == "Z" }.count }.reduce(0, +)
            return (lines.count, heads)
        }
        #expect(try relation(.weGive) == (1, 1))
        #expect(try relation(.weReceive) == (1, 1))
        #expect(try relation(.mutual) == (1, 2))
        #expect(try relation(.none) == (0, 0))
        #expect(try relation(nil) == (0, 0))
    }

    @Test("three clearly different widths for influence, and a second cue for every value")
    func secondCues() {
        let widths = Influence.allCases.map { NetworkStyle.width(of: $0) }
        #expect(widths[1] >= widths[0] * 2 && widths[2] >= widths[1] * 2)
        #expect(Set(Tone.allCases.map { NetworkStyle.shape(of: $0) }).count == 3)
        #expect(Set(Tone.allCases.map { NetworkStyle.dashArray(of: $0, width: 3) ?? "solid" }).count == 3)
    }

    @Test("the legend shows all four axes with their values, in each language", arguments: Language.allCases)
    func legend(language: Language) throws {
        let reader = try #require(SVGReader.read(NetworkLegend.svg(language: language)))
        for key in ["network.legend.engagement", "network.legend.reciprocity", "network.legend.influence", "network.legend.value"] {
            #expect(reader.texts.contains(Localizer.text(key, in: language)), "\(key)")
        }
        for key in EngagementRing.allCases.map(\.messageKey) + Influence.allCases.map(\.messageKey) + ["reciprocity.weGive", "reciprocity.mutual"] {
            #expect(reader.texts.contains(Localizer.text(key, in: language)), "\(key)")
        }
    }

    @Test("a sheet has the paper's size, the title, the subtitle, the legend and the picture",
          arguments: [(NetworkDocument.Paper.a4, NetworkDocument.Orientation.landscape, "297mm", "210mm"),
                      (.a4, .portrait, "210mm", "297mm"), (.a3, .landscape, "420mm", "297mm"), (.a3, .portrait, "297mm", "420mm")])
    func sheet(paper: NetworkDocument.Paper, orientation: NetworkDocument.Orientation, width: String, height: String) throws {
        let input = LayoutFixture.input(count: 45)
        let svg = NetworkDocument.svg(layout: layout(input), input: input, options: .init(language: .french),
                                      page: .init(paper: paper, orientation: orientation),
                                      texts: .init(title: "Notre quartier", subtitle: "asbl Vaneir · 23 novembre 2026", footer: "Buurtkaart"))
        let reader = try #require(SVGReader.read(svg))
        #expect(reader.elements.first?.attributes["width"] == width)
        #expect(reader.elements.first?.attributes["height"] == height)
        #expect(reader.texts.contains("Notre quartier"))
        #expect(reader.texts.contains("asbl Vaneir · 23 novembre 2026"))
        #expect(reader.texts.contains(Localizer.text("network.legend.reciprocity", in: .french)))
        #expect(reader.elements.filter { $0.attributes["class"] == "actor" }.count == input.placed.count)
    }

    @Test("PNG sizes follow the paper at the chosen resolution")
    func pixels() {
        #expect(NetworkDocument.Page(paper: .a4, orientation: .landscape).pixels(dotsPerInch: 150) == (1754, 1240))
        #expect(NetworkDocument.Page(paper: .a3, orientation: .portrait).pixels(dotsPerInch: 300).width == 3508)
    }
}
