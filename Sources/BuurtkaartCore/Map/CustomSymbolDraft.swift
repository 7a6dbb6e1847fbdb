/// What a person gives to make a symbol of their own when none of the catalogue fits
/// (the method: "Vind je geen gepast symbool, maak er dan zelf eentje").
public struct CustomSymbolDraft: Sendable, Hashable {
    public var cluster: Cluster
    /// Names per language; at least one is given, the others fall back to it.
    public var names: [Language: String]
    /// Up to three letters shown in a circle, when no catalogue glyph is borrowed.
    public var mark: String
    /// A catalogue symbol whose glyph this symbol borrows, or "".
    public var baseSymbolID: String

    public init(cluster: Cluster, names: [Language: String], mark: String, baseSymbolID: String) {
        self.cluster = cluster
        self.names = names
        self.mark = mark
        self.baseSymbolID = baseSymbolID
    }

    public static let fields: Set<String> = ["cluster", "nameNl", "nameFr", "nameEn", "mark", "baseSymbol"]

    public static func read(_ reader: InputReader) throws(ValidationFailure) -> CustomSymbolDraft {
        if reader.mode == .json { reader.rejectUnknown(known: fields, ignored: ["id", "version", "names", "isCustom", "svg"]) }
        let cluster = reader.choice("cluster", default: Cluster.others) ?? .others
        var names: [Language: String] = [:]
        for (language, key) in [(Language.dutch, "nameNl"), (.french, "nameFr"), (.english, "nameEn")] {
            let name = reader.text(key, maximumLength: 100)
            if !name.isEmpty { names[language] = name }
        }
        if names.isEmpty { reader.fail("nameNl", "error.symbol.nameRequired") }
        if let first = names[.dutch] ?? names[.french] ?? names[.english] {
            for language in Language.allCases where names[language] == nil { names[language] = first }
        }
        let mark = reader.text("mark", maximumLength: 3)
        let base = reader.text("baseSymbol", maximumLength: 100)
        if !base.isEmpty && SymbolCatalog.symbol(id: base) == nil {
            reader.fail("baseSymbol", "error.input.unknownSymbol", ["symbol": String(base.prefix(100))])
        }
        if mark.isEmpty && base.isEmpty { reader.fail("mark", "error.symbol.markOrBase") }
        try reader.finish()
        return CustomSymbolDraft(cluster: cluster, names: names, mark: mark, baseSymbolID: base)
    }
}
