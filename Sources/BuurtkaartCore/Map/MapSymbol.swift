/// A symbol of the catalogue "schatten in de buurt" (buurtkaartsymbool): what a marker shows
/// and what a team looks for in the neighbourhood. Built-in symbols have ids like
/// `welfare.pharmacy`; a workspace's own symbols have ids `custom.<uuid>`.
public struct MapSymbol: Sendable, Hashable, Identifiable {
    public let id: String
    public let cluster: Cluster
    public let names: [Language: String]
    /// The glyph's SVG markup inside a 24 × 24 view box, drawn in `currentColor`.
    public let glyph: String

    public init(id: String, cluster: Cluster, names: [Language: String], glyph: String) {
        self.id = id
        self.cluster = cluster
        self.names = names
        self.glyph = glyph
    }

    public func name(in language: Language) -> String {
        names[language] ?? names[.english] ?? names[.dutch] ?? id
    }

    /// A complete SVG document of the glyph, for an `<img>` or a download.
    public func svgDocument(colour: String = "currentColor", size: Int = 24) -> String {
        SymbolCatalog.svgDocument(glyph: glyph, colour: colour, size: size)
    }
}

extension MapSymbol {
    /// The symbol as a map marker: a disc in `colour` with a white rim and the glyph in the
    /// colour that reads best on it. Drawn with attributes only, so it needs no stylesheet.
    public func markerSVG(colour: HexColour, size: Int = 28, title: String? = nil) -> String {
        let ink = colour.contrastingTextColour.value
        let titleElement = title.map { "<title>\(escapeXML($0))</title>" } ?? ""
        return """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(size)" height="\(size)" viewBox="0 0 32 32" \
        \(title == nil ? "aria-hidden=\"true\"" : "role=\"img\"") focusable="false">\(titleElement)\
        <circle cx="16" cy="16" r="15" fill="\(colour.value)" stroke="#ffffff" stroke-width="2"/>\
        <g transform="translate(5 5) scale(0.9167)" fill="none" stroke="\(ink)" color="\(ink)" stroke-width="2" \
        stroke-linecap="round" stroke-linejoin="round">\(glyph)</g></svg>
        """
    }
}
