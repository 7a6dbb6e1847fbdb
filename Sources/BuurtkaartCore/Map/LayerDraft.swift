/// What a person gives to create or change a layer of a map. A map has as many layers as
/// its team needs; the twelve clusters of the method are where a new map starts.
public struct LayerDraft: Sendable, Hashable {
    public var name: String
    public var colour: HexColour
    public var symbolID: String
    public var isVisibleByDefault: Bool

    public init(name: String, colour: HexColour, symbolID: String, isVisibleByDefault: Bool = true) {
        self.name = name
        self.colour = colour
        self.symbolID = symbolID
        self.isVisibleByDefault = isVisibleByDefault
    }

    public static let fields: Set<String> = ["name", "colour", "symbol", "isVisibleByDefault"]

    /// Reads a layer; `current` gives the values a partial form leaves unchanged.
    public static func read(_ reader: InputReader, symbols: SymbolLookup) throws(ValidationFailure) -> LayerDraft {
        if reader.mode == .json { reader.rejectUnknown(known: fields, ignored: readOnlyFields.union(["position", "cluster"])) }
        let name = reader.text("name", maximumLength: 200, required: true)
        let colour = reader.colour("colour", default: Cluster.others.defaultColour) ?? Cluster.others.defaultColour
        let symbolID = reader.has("symbol") ? reader.text("symbol", maximumLength: 100) : Cluster.others.defaultSymbolID
        if !symbolID.isEmpty && !symbols.contains(symbolID) {
            reader.fail("symbol", "error.input.unknownSymbol", ["symbol": String(symbolID.prefix(100))])
        }
        let isVisible = reader.flag("isVisibleByDefault", default: true)
        try reader.finish()
        return LayerDraft(name: name, colour: colour, symbolID: symbolID, isVisibleByDefault: isVisible)
    }

    /// The twelve layers a new map starts with, named in `language`.
    public static func defaults(in language: Language) -> [(cluster: Cluster, draft: LayerDraft)] {
        Cluster.allCases.map { cluster in
            (cluster, LayerDraft(
                name: Localizer.text(cluster.messageKey, in: language),
                colour: cluster.defaultColour,
                symbolID: cluster.defaultSymbolID
            ))
        }
    }
}

/// Which symbol ids exist for a workspace: the built-in catalogue and the workspace's own.
public struct SymbolLookup: Sendable {
    public let customIDs: Set<String>

    public init(customIDs: Set<String> = []) {
        self.customIDs = customIDs
    }

    public func contains(_ id: String) -> Bool {
        SymbolCatalog.symbol(id: id) != nil || customIDs.contains(id)
    }
}
