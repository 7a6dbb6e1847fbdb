import BuurtkaartCore
import Fluent
import Vapor

/// The symbols a workspace can use: the built-in catalogue and its own.
enum SymbolStore {
    static func custom(workspaceID: UUID, on database: Database) async throws -> [CustomSymbolModel] {
        try await CustomSymbolModel.query(on: database).filter(\.$workspaceID == workspaceID).sort(\.$nameDutch).all()
    }

    static func lookup(workspaceID: UUID, on database: Database) async throws -> SymbolLookup {
        SymbolLookup(customIDs: Set(try await custom(workspaceID: workspaceID, on: database).map(\.symbol.id)))
    }

    /// Every symbol of a workspace by id, for showing markers and names.
    static func all(workspaceID: UUID, on database: Database) async throws -> [String: MapSymbol] {
        var symbols = Dictionary(uniqueKeysWithValues: SymbolCatalog.symbols.map { ($0.id, $0) })
        for custom in try await custom(workspaceID: workspaceID, on: database) {
            symbols[custom.symbol.id] = custom.symbol
        }
        return symbols
    }

    static func create(_ draft: CustomSymbolDraft, in access: WorkspaceAccess, on database: Database) async throws -> CustomSymbolModel {
        let model = CustomSymbolModel(workspaceID: access.workspaceID, createdBy: access.userID)
        model.apply(draft)
        try await model.create(on: database)
        return model
    }

    /// Deletes a workspace symbol; one still used by actors or layers is refused with the count.
    static func delete(_ symbol: CustomSymbolModel, expected: Int, on database: Database) async throws {
        let id = symbol.symbol.id
        let mapIDs = try await MapModel.query(on: database).filter(\.$workspaceID == symbol.workspaceID).all().compactMap(\.id)
        let actorUses = try await ActorModel.query(on: database).filter(\.$mapID ~~ mapIDs).filter(\.$symbol == id).count()
        let layerUses = try await LayerModel.query(on: database).filter(\.$mapID ~~ mapIDs).filter(\.$symbol == id).count()
        guard actorUses + layerUses == 0 else {
            throw AppError.conflict(LocalizedMessage("error.symbol.inUse", ["count": String(actorUses + layerUses)]))
        }
        try await VersionedWrite.delete(symbol, expected: expected, on: database, current: { SymbolDTO.conflict($0) })
    }
}

extension CustomSymbolModel {
    func apply(_ draft: CustomSymbolDraft) {
        cluster = draft.cluster.rawValue
        nameDutch = draft.names[.dutch] ?? ""
        nameFrench = draft.names[.french] ?? ""
        nameEnglish = draft.names[.english] ?? ""
        mark = draft.mark
        baseSymbol = draft.baseSymbolID
    }
}

/// A symbol as the API shows it.
struct SymbolDTO: Content {
    let id: String
    let cluster: String
    let names: [String: String]
    let isCustom: Bool
    let svg: String
    let version: Int?

    init(_ symbol: MapSymbol, version: Int? = nil) {
        id = symbol.id
        cluster = symbol.cluster.rawValue
        names = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0.rawValue, symbol.name(in: $0)) })
        isCustom = symbol.id.hasPrefix("custom.")
        svg = symbol.svgDocument()
        self.version = version
    }

    static func conflict(_ model: CustomSymbolModel) -> AppError.Conflict {
        AppError.Conflict(version: model.version, representation: JSONValue(encoding: SymbolDTO(model.symbol, version: model.version)))
    }
}
