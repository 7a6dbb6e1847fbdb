import Foundation
import Testing
@testable import BuurtkaartCore
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("The symbol catalogue and the method's values")
struct CatalogueTests {
    @Test("every cluster has at least eight symbols", arguments: Cluster.allCases)
    func eightPerCluster(cluster: Cluster) {
        #expect(SymbolCatalog.symbols(in: cluster).count >= 8)
    }

    @Test("symbol ids are unique and every symbol has names in three languages")
    func namesAndIDs() {
        let ids = SymbolCatalog.symbols.map(\.id)
        #expect(Set(ids).count == ids.count)
        for symbol in SymbolCatalog.symbols {
            for language in Language.allCases {
                #expect(!(symbol.names[language] ?? "").isEmpty, "\(symbol.id) in \(language)")
            }
            #expect(symbol.id.hasPrefix(symbol.cluster.rawValue + "."))
        }
    }

    @Test("every symbol has its own glyph, and every glyph is well-formed SVG")
    func glyphs() {
        let glyphs = SymbolCatalog.symbols.map(\.glyph)
        #expect(Set(glyphs).count == glyphs.count)
        for symbol in SymbolCatalog.symbols {
            let parser = XMLParser(data: Data(symbol.svgDocument().utf8))
            #expect(parser.parse(), "\(symbol.id)")
            let marker = XMLParser(data: Data(symbol.markerSVG(colour: Cluster.welfare.defaultColour, title: "<&>").utf8))
            #expect(marker.parse(), "marker of \(symbol.id)")
        }
    }

    @Test("the default symbol of every cluster is in that cluster")
    func defaultSymbols() {
        for cluster in Cluster.allCases {
            #expect(SymbolCatalog.symbol(id: cluster.defaultSymbolID)?.cluster == cluster)
        }
    }

    @Test("a letter glyph escapes what it shows")
    func letterGlyph() {
        let glyph = SymbolCatalog.letterGlyph("<a&")
        #expect(glyph.contains("&lt;a&amp;"))
        #expect(XMLParser(data: Data(SymbolCatalog.svgDocument(glyph: glyph, colour: "#000", size: 24).utf8)).parse())
    }

    @Test("roles are ordered and only owners manage")
    func roles() {
        #expect(Role.viewer < .editor && Role.editor < .owner)
        #expect(!Role.viewer.canEdit && Role.editor.canEdit && !Role.editor.canManage && Role.owner.canManage)
    }

    @Test("colours read as #rrggbb and text on them contrasts", arguments: [
        ("#FFF", "#ffffff", "#000000"), ("#1971c2", "#1971c2", "#ffffff"), ("#f76707", "#f76707", "#000000"),
    ])
    func colours(input: String, value: String, text: String) {
        let colour = HexColour(input)
        #expect(colour?.value == value)
        #expect(colour?.contrastingTextColour.value == text)
    }

    @Test("calendar dates exist or are refused", arguments: [
        ("2024-02-29", true), ("2025-02-29", false), ("2026-13-01", false), ("2026-1-1", false), ("26-01-01", false), ("2026-04-31", false),
    ])
    func dates(text: String, valid: Bool) {
        #expect((CalendarDate(text) != nil) == valid)
        if valid { #expect(CalendarDate(text)?.description == text) }
    }

    @Test("a new map's twelve layers follow the method, in the chosen language")
    func defaultLayers() {
        let layers = LayerDraft.defaults(in: .french)
        #expect(layers.count == 12)
        #expect(layers.map(\.cluster) == Cluster.allCases)
        #expect(layers.first?.draft.name == Localizer.text("cluster.welfare", in: .french))
        #expect(Set(layers.map(\.draft.colour)).count == 12)
    }
}
