import BuurtkaartCore
import Fluent
import SQLKit
import Vapor

/// Reading and writing the actors of a map.
enum ActorStore {
    struct Page: Sendable {
        let actors: [ActorRecord]
        let total: Int
    }

    static func sql(_ database: Database) throws -> any SQLDatabase {
        guard let sql = database as? any SQLDatabase else { throw AppError.internalError }
        return sql
    }

    static func list(mapID: UUID, filter: ActorFilter, on database: Database) async throws -> Page {
        let (records, total) = try await ActorTable.list(mapID: mapID, filter: filter, on: try sql(database))
        return Page(actors: records, total: total)
    }

    /// Reads an actor draft for the map `mapID` of workspace `workspaceID`: a layer of
    /// another map is a field error, an actor without a symbol takes its layer's. When the
    /// actor stays in `currentLayer` with a symbol of its own, the layers are not looked up.
    static func read(_ input: InputReader, mapID: UUID, workspaceID: UUID, currentLayer: UUID? = nil, on database: Database) async throws -> ActorDraft {
        var symbolsByLayer: [UUID: String] = [:]
        if let currentLayer, input.identifier("layerId") == currentLayer, !input.rawText("symbol").isEmpty {
            symbolsByLayer[currentLayer] = input.rawText("symbol")
        } else {
            let rows = try await sql(database).raw("SELECT id, symbol FROM layers WHERE map_id = \(bind: mapID)").all()
            for row in rows {
                symbolsByLayer[try row.decode(column: "id", as: UUID.self)] = try row.decode(column: "symbol", as: String.self)
            }
        }
        // A workspace's own symbols are looked up only when one is named.
        var symbols = SymbolLookup()
        if input.has("symbol"), input.rawText("symbol").hasPrefix("custom.") {
            symbols = try await SymbolStore.lookup(workspaceID: workspaceID, on: database)
        }
        if let layerID = input.identifier("layerId"), symbolsByLayer[layerID] == nil {
            input.fail("layerId", "error.actor.layerNotInMap")
        }
        return try ActorDraft.read(input, symbols: symbols, defaultSymbol: { symbolsByLayer[$0] })
    }

    static func create(_ draft: ActorDraft, mapID: UUID, by userID: UUID, on database: Database) async throws -> ActorRecord {
        let id = UUID()
        let sql = try sql(database)
        try await ActorTable.insert(draft, id: id, mapID: mapID, by: userID, at: Date(), on: sql)
        guard let record = try await ActorTable.find(id, on: sql) else { throw AppError.internalError }
        return record
    }

    /// Writes `draft` over the actor if it is still at version `expected`; otherwise 409
    /// with the current state. Answers the actor as stored.
    static func update(_ actor: ActorRecord, draft: ActorDraft, expected: Int, by userID: UUID, on database: Database) async throws -> ActorRecord {
        let sql = try sql(database)
        let now = Date()
        guard actor.version == expected,
              let version = try await ActorTable.update(actor.id, expected: expected, draft: draft, by: userID, at: now, on: sql)
        else { throw try await stale(actor.id, on: sql) }
        return actor.applying(draft, version: version, by: userID, at: now)
    }

    /// Deletes the actor (it can be restored for `restorableDays` days); answers its new version.
    @discardableResult
    static func delete(_ actor: ActorRecord, expected: Int, by userID: UUID, on database: Database) async throws -> Int {
        let sql = try sql(database)
        guard actor.version == expected,
              let version = try await ActorTable.delete(actor.id, expected: expected, by: userID, at: Date(), on: sql)
        else { throw try await stale(actor.id, on: sql) }
        // Now and then, remove for good what was deleted long ago.
        if Int.random(in: 0..<50) == 0 {
            try await ActorTable.purge(deletedBefore: Date().addingTimeInterval(-Double(restorableDays) * 86_400), on: sql)
        }
        return version
    }

    /// How long a deleted actor can be brought back.
    static let restorableDays = 30

    /// Brings back a deleted actor at version `expected`; answers it as stored.
    static func restore(_ actor: ActorRecord, expected: Int, by userID: UUID, on database: Database) async throws -> ActorRecord {
        let sql = try sql(database)
        let now = Date()
        guard actor.version == expected, actor.deletedAt != nil,
              let version = try await ActorTable.restore(actor.id, expected: expected, by: userID, at: now, on: sql)
        else { throw try await stale(actor.id, on: sql) }
        var restored = actor
        restored.version = version
        restored.deletedAt = nil
        restored.updatedBy = userID
        restored.updatedAt = now
        return restored
    }

    private static func stale(_ id: UUID, on sql: any SQLDatabase) async throws -> AppError {
        guard let current = try await ActorTable.find(id, includeDeleted: true, on: sql) else { return AppError.notFound }
        return AppError.stale(AppError.Conflict(version: current.version, representation: ActorJSON.value(current)))
    }
}
