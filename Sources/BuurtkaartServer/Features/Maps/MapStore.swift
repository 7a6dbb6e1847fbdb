import BuurtkaartCore
import Fluent
import SQLKit
import Vapor

/// Creating, changing and deleting maps.
enum MapStore {
    /// Creates a map with the twelve layers of the method, named in `language`.
    static func create(_ draft: MapDraft, in access: WorkspaceAccess, language: Language, on database: Database) async throws -> MapModel {
        let map = MapModel(workspaceID: access.workspaceID, createdBy: access.userID)
        map.apply(draft)
        try await database.transaction { transaction in
            try await map.create(on: transaction)
            for (index, entry) in LayerDraft.defaults(in: language).enumerated() {
                let layer = LayerModel(mapID: map.id ?? UUID(), position: index, cluster: entry.cluster.rawValue, createdBy: access.userID)
                layer.apply(entry.draft)
                try await layer.create(on: transaction)
            }
        }
        return map
    }

    static func update(_ map: MapModel, draft: MapDraft, expected: Int, by userID: UUID, on database: Database) async throws {
        try await VersionedWrite.update(map, expected: expected, by: userID, on: database,
                                        current: { MapDTO.conflict($0) }) { $0.apply(draft) }
    }

    /// Deletes a map with its layers and actors.
    static func delete(_ map: MapModel, expected: Int, on database: Database) async throws {
        let mapID = map.id ?? UUID()
        try await VersionedWrite.delete(map, expected: expected, on: database, current: { MapDTO.conflict($0) }) { transaction in
            try await ActorModel.query(on: transaction).withDeleted().filter(\.$mapID == mapID).delete(force: true)
            try await LayerModel.query(on: transaction).filter(\.$mapID == mapID).delete()
        }
    }

    static func layers(of mapID: UUID, on database: Database) async throws -> [LayerModel] {
        try await LayerModel.query(on: database).filter(\.$mapID == mapID).sort(\.$position).sort(\.$name).all()
    }

    /// The number of actors in each layer of a map.
    static func actorCounts(of mapID: UUID, on database: Database) async throws -> [UUID: Int] {
        guard let sql = database as? any SQLDatabase else { return [:] }
        let rows = try await sql.raw("""
            SELECT layer_id, COUNT(*) AS actor_count FROM actors WHERE map_id = \(bind: mapID) AND deleted_at IS NULL GROUP BY layer_id
            """).all()
        var counts: [UUID: Int] = [:]
        for row in rows {
            counts[try row.decode(column: "layer_id", as: UUID.self)] = try row.decode(column: "actor_count", as: Int.self)
        }
        return counts
    }
}

/// A map as the API shows it.
struct MapDTO: Content {
    let id: String
    let workspaceId: String
    let title: String
    let description: String
    let focus: String
    let boundary: JSONValue?
    let boundaryShape: String?
    let boundaryName: String
    let boundaryRadius: Int?
    let baseMap: String
    let customTileURL: String
    let customAttribution: String
    let version: Int
    let createdAt: Date?
    let updatedAt: Date?
    let createdBy: String?
    let updatedBy: String?

    init(_ map: MapModel) {
        let draft = map.draft
        id = map.id.text ?? UUID().text
        workspaceId = map.workspaceID.text
        title = map.title
        description = map.description
        focus = map.focus
        boundary = draft.boundary?.geometry.jsonValue
        boundaryShape = draft.boundary?.shape.rawValue
        boundaryName = draft.boundary?.name ?? ""
        boundaryRadius = draft.boundary?.radius
        baseMap = map.baseMap
        customTileURL = map.customTileURL
        customAttribution = map.customAttribution
        version = map.version
        createdAt = map.createdAt
        updatedAt = map.updatedAt
        createdBy = map.createdBy.text
        updatedBy = map.updatedBy.text
    }

    static func conflict(_ map: MapModel) -> AppError.Conflict {
        AppError.Conflict(version: map.version, representation: JSONValue(encoding: MapDTO(map)))
    }
}
