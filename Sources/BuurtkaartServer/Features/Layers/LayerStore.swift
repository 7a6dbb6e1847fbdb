import BuurtkaartCore
import Fluent
import SQLKit
import Vapor

/// Adding, changing, ordering and deleting the layers of a map. A map has as many layers
/// as its team wants; deleting one that holds actors needs a decision on where they go.
enum LayerStore {
    static func create(_ draft: LayerDraft, in map: MapModel, by userID: UUID, on database: Database) async throws -> LayerModel {
        let mapID = map.id ?? UUID()
        let layer = LayerModel(mapID: mapID, position: 0, cluster: nil, createdBy: userID)
        layer.apply(draft)
        try await database.transaction { transaction in
            try await VersionedWrite.lock(table: MapModel.schema, id: mapID, on: transaction)
            let last = try await LayerModel.query(on: transaction).filter(\.$mapID == mapID).max(\.$position)
            layer.position = (last ?? -1) + 1
            try await layer.create(on: transaction)
        }
        return layer
    }

    static func update(_ layer: LayerModel, draft: LayerDraft, expected: Int, by userID: UUID, on database: Database) async throws {
        try await VersionedWrite.update(layer, expected: expected, by: userID, on: database,
                                        current: { try await LayerDTO.conflict($0, on: database) }) { $0.apply(draft) }
    }

    /// Puts the layers of a map in the given order; `layerIDs` must name each layer once.
    static func reorder(mapID: UUID, layerIDs: [UUID], by userID: UUID, on database: Database) async throws {
        try await database.transaction { transaction in
            try await VersionedWrite.lock(table: MapModel.schema, id: mapID, on: transaction)
            let layers = try await LayerModel.query(on: transaction).filter(\.$mapID == mapID).all()
            guard Set(layers.compactMap(\.id)) == Set(layerIDs), layerIDs.count == layers.count else {
                throw AppError.conflict(LocalizedMessage("error.layers.orderMismatch"))
            }
            for (position, id) in layerIDs.enumerated() {
                guard let layer = layers.first(where: { $0.id == id }), layer.position != position else { continue }
                layer.position = position
                layer.version += 1
                layer.updatedBy = userID
                try await layer.update(on: transaction)
            }
        }
    }

    /// Moves a layer one place up or down the list.
    static func move(_ layer: LayerModel, up: Bool, by userID: UUID, on database: Database) async throws {
        let layers = try await MapStore.layers(of: layer.mapID, on: database)
        var ids = layers.compactMap(\.id)
        guard let index = ids.firstIndex(of: layer.id ?? UUID()) else { return }
        let target = up ? index - 1 : index + 1
        guard ids.indices.contains(target) else { return }
        ids.swapAt(index, target)
        try await reorder(mapID: layer.mapID, layerIDs: ids, by: userID, on: database)
    }

    /// What happens to the actors of a layer that is deleted.
    enum ActorsFate: Sendable, Equatable {
        /// Refuse when the layer holds actors.
        case keep
        case moveTo(UUID)
        case delete
    }

    static func delete(_ layer: LayerModel, expected: Int, actors fate: ActorsFate, by userID: UUID, on database: Database) async throws {
        let layerID = layer.id ?? UUID()
        let mapID = layer.mapID
        let count = try await ActorModel.query(on: database).filter(\.$layerID == layerID).count()
        if case .moveTo(let target) = fate {
            guard target != layerID, let targetLayer = try await LayerModel.find(target, on: database), targetLayer.mapID == layer.mapID else {
                throw ValidationFailure(field: "moveActorsTo", "error.layers.targetInvalid")
            }
        }
        if count > 0 && fate == .keep {
            throw AppError.conflict(LocalizedMessage("error.layers.notEmpty", ["count": String(count)]))
        }
        try await VersionedWrite.delete(layer, expected: expected, on: database,
                                        current: { try await LayerDTO.conflict($0, on: database) }) { transaction in
            switch fate {
            case .keep:
                let now = try await ActorModel.query(on: transaction).filter(\.$layerID == layerID).count()
                if now > 0 { throw AppError.conflict(LocalizedMessage("error.layers.notEmpty", ["count": String(now)])) }
            case .moveTo(let target):
                // Deleted actors move too, so that undoing their deletion still finds a layer.
                try await ActorStore.sql(transaction).raw("""
                    UPDATE actors SET layer_id = \(bind: target), version = version + 1, updated_by = \(bind: userID), \
                    updated_at = \(bind: Date()) WHERE layer_id = \(bind: layerID)
                    """).run()
            case .delete:
                break
            }
            // What is left in the layer (deleted actors, or all when asked) goes for good.
            try await ActorModel.query(on: transaction).withDeleted().filter(\.$layerID == layerID).delete(force: true)
            try await ActorTable.touch(mapID: mapID, on: try ActorStore.sql(transaction))
        }
    }
}

/// A layer as the API shows it, with the number of its actors.
struct LayerDTO: Content {
    let id: String
    let mapId: String
    let name: String
    let colour: String
    let symbol: String
    let position: Int
    let isVisibleByDefault: Bool
    let cluster: String?
    let actorCount: Int
    let version: Int
    let createdAt: Date?
    let updatedAt: Date?
    let createdBy: String?
    let updatedBy: String?

    init(_ layer: LayerModel, actorCount: Int) {
        id = layer.id.text ?? UUID().text
        mapId = layer.mapID.text
        name = layer.name
        colour = layer.colour
        symbol = layer.symbol
        position = layer.position
        isVisibleByDefault = layer.isVisibleByDefault
        cluster = layer.cluster
        self.actorCount = actorCount
        version = layer.version
        createdAt = layer.createdAt
        updatedAt = layer.updatedAt
        createdBy = layer.createdBy.text
        updatedBy = layer.updatedBy.text
    }

    static func conflict(_ layer: LayerModel, on database: Database) async throws -> AppError.Conflict {
        let count = try await ActorModel.query(on: database).filter(\.$layerID == (layer.id ?? UUID())).count()
        return AppError.Conflict(version: layer.version, representation: JSONValue(encoding: LayerDTO(layer, actorCount: count)))
    }

    static func input(_ draft: LayerDraft) -> JSONValue {
        .object([
            "name": .string(draft.name), "colour": .string(draft.colour.value),
            "symbol": .string(draft.symbolID), "isVisibleByDefault": .bool(draft.isVisibleByDefault),
        ])
    }
}
