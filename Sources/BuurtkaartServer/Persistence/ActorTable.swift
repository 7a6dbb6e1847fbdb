import BuurtkaartCore
import Foundation
import SQLKit

/// The SQL of the `actors` table, the same on SQLite and PostgreSQL.
enum ActorTable {
    static let table = "actors"

    private static func selectColumns(prefix: String = "") -> SQLQueryString {
        SQLQueryString(ActorRecord.columns.map { "\(prefix)\($0)" }.joined(separator: ", "))
    }

    /// An actor that is not deleted (or, with `includeDeleted`, also one that is).
    static func find(_ id: UUID, includeDeleted: Bool = false, on sql: any SQLDatabase) async throws -> ActorRecord? {
        let live: SQLQueryString = includeDeleted ? "" : " AND deleted_at IS NULL"
        return try await sql.raw("SELECT \(selectColumns()) FROM actors WHERE id = \(bind: id)" + live).first().map(ActorRecord.init(row:))
    }

    /// Marks the map's actors as changed, so that its cached features are rebuilt.
    static func touch(mapID: UUID, on sql: any SQLDatabase) async throws {
        try await sql.raw("UPDATE maps SET content_revision = content_revision + 1 WHERE id = \(bind: mapID)").run()
    }

    /// An actor, the workspace of its map and the role of `userID` there, in one query.
    static func findWithRole(_ id: UUID, userID: UUID, includeDeleted: Bool = false, on sql: any SQLDatabase) async throws -> (ActorRecord, workspaceID: UUID, role: String?)? {
        guard let row = try await sql.raw("""
            SELECT \(selectColumns(prefix: "a.")), m.workspace_id, ms.role FROM actors a JOIN maps m ON m.id = a.map_id \
            LEFT JOIN memberships ms ON ms.workspace_id = m.workspace_id AND ms.user_id = \(bind: userID) \
            WHERE a.id = \(bind: id) AND (a.deleted_at IS NULL OR \(bind: includeDeleted))
            """).first()
        else { return nil }
        return (try ActorRecord(row: row), try row.decode(column: "workspace_id", as: UUID.self), try row.decode(column: "role", as: String?.self))
    }

    /// The conditions of a filter on one map's actors, as SQL.
    static func condition(mapID: UUID, filter: ActorFilter) -> SQLQueryString {
        var condition: SQLQueryString = "map_id = \(bind: mapID) AND deleted_at IS NULL"
        func any<T: Encodable & Sendable>(_ column: String, _ values: [T]) {
            guard !values.isEmpty else { return }
            condition = condition + " AND \(ident: column) IN (" + bindList(values) + ")"
        }
        any("layer_id", filter.layerIDs)
        any("status", filter.statuses.map(\.rawValue))
        any("tone", filter.tones.map(\.rawValue))
        any("kind", filter.kinds.map(\.rawValue))
        if let isKeyFigure = filter.isKeyFigure { condition = condition + " AND is_key_figure = \(bind: isKeyFigure)" }
        if !filter.rings.isEmpty || filter.notEvaluated {
            var parts: [SQLQueryString] = []
            if !filter.rings.isEmpty {
                parts.append("ring IN (" + bindList(filter.rings.map(\.rawValue)) + ")")
            }
            if filter.notEvaluated { parts.append("ring IS NULL") }
            condition = condition + " AND (" + parts.joined(separator: " OR ") + ")"
        }
        if !filter.search.isEmpty {
            let escaped = filter.search.lowercased()
                .replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_")
            condition = condition + " AND LOWER(name) LIKE \(bind: "%" + escaped + "%") ESCAPE '\\'"
        }
        return condition
    }

    static func list(mapID: UUID, filter: ActorFilter, on sql: any SQLDatabase) async throws -> (records: [ActorRecord], total: Int) {
        let condition = condition(mapID: mapID, filter: filter)
        let total = try await sql.raw("SELECT COUNT(*) AS total FROM actors WHERE " + condition).first()?.decode(column: "total", as: Int.self) ?? 0
        let rows = try await sql.raw("""
            SELECT \(selectColumns()) FROM actors WHERE \(condition) ORDER BY \(unsafeRaw: order(filter)) \
            LIMIT \(unsafeRaw: String(filter.limit)) OFFSET \(unsafeRaw: String(filter.offset))
            """).all()
        return (try rows.map(ActorRecord.init(row:)), total)
    }

    /// The ORDER BY of a list: the chosen column (empty values last), then the name.
    static func order(_ filter: ActorFilter) -> String {
        let direction = filter.descending ? "DESC" : "ASC"
        let column: String = switch filter.sort {
        case .name: "LOWER(name)"
        case .layer: "(SELECT position FROM layers WHERE layers.id = actors.layer_id)"
        case .kind: "kind"
        case .status: "status"
        case .ring: "ring"
        case .reciprocity: "reciprocity"
        case .influence: "influence"
        case .tone: "tone"
        case .lastContact: "last_contact"
        case .updatedAt: "updated_at"
        }
        let nullsLast = "CASE WHEN \(column) IS NULL THEN 1 ELSE 0 END"
        return filter.sort == .name ? "LOWER(name) \(direction), id" : "\(nullsLast), \(column) \(direction), LOWER(name), id"
    }

    static func insert(_ draft: ActorDraft, id: UUID, mapID: UUID, by userID: UUID, at now: Date, on sql: any SQLDatabase) async throws {
        let values = ActorRecord.values(of: draft) + [
            ("id", id), ("map_id", mapID), ("version", 1), ("created_by", userID), ("updated_by", userID),
            ("created_at", now), ("updated_at", now),
        ]
        try await sql.insert(into: table)
            .columns(values.map(\.0))
            .values(values.map { SQLBind($0.1) })
            .run()
        try await touch(mapID: mapID, on: sql)
    }

    /// Writes `draft` if the actor is still at version `expected`, in one statement; answers
    /// the new version, or `nil` when the actor is at another version or gone.
    static func update(_ id: UUID, expected: Int, draft: ActorDraft, by userID: UUID, at now: Date, on sql: any SQLDatabase) async throws -> Int? {
        var query: SQLQueryString = "UPDATE actors SET version = version + 1"
        for (column, value) in ActorRecord.values(of: draft) + [("updated_by", userID), ("updated_at", now)] {
            query = query + ", \(unsafeRaw: column) = \(bind: value)"
        }
        query = query + " WHERE id = \(bind: id) AND version = \(bind: expected) AND deleted_at IS NULL RETURNING version, map_id"
        guard let row = try await sql.raw(query).first() else { return nil }
        try await touch(mapID: try row.decode(column: "map_id", as: UUID.self), on: sql)
        return try row.decode(column: "version", as: Int.self)
    }

    /// Deletes the actor if it is still at version `expected`: it is marked deleted, and
    /// can be restored until it is purged. Answers the new version.
    static func delete(_ id: UUID, expected: Int, by userID: UUID, at now: Date, on sql: any SQLDatabase) async throws -> Int? {
        guard let row = try await sql.raw("""
            UPDATE actors SET deleted_at = \(bind: now), deleted_by = \(bind: userID), version = version + 1 \
            WHERE id = \(bind: id) AND version = \(bind: expected) AND deleted_at IS NULL RETURNING version, map_id
            """).first()
        else { return nil }
        try await touch(mapID: try row.decode(column: "map_id", as: UUID.self), on: sql)
        return try row.decode(column: "version", as: Int.self)
    }

    /// Brings back a deleted actor if it is still at version `expected`.
    static func restore(_ id: UUID, expected: Int, by userID: UUID, at now: Date, on sql: any SQLDatabase) async throws -> Int? {
        guard let row = try await sql.raw("""
            UPDATE actors SET deleted_at = NULL, deleted_by = NULL, version = version + 1, updated_by = \(bind: userID), \
            updated_at = \(bind: now) WHERE id = \(bind: id) AND version = \(bind: expected) AND deleted_at IS NOT NULL \
            RETURNING version, map_id
            """).first()
        else { return nil }
        try await touch(mapID: try row.decode(column: "map_id", as: UUID.self), on: sql)
        return try row.decode(column: "version", as: Int.self)
    }

    /// Removes for good the actors deleted before `cutoff`.
    static func purge(deletedBefore cutoff: Date, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM actors WHERE deleted_at IS NOT NULL AND deleted_at < \(bind: cutoff)").run()
    }
}

/// Values bound one by one and separated by commas, for `IN (…)`.
func bindList<T: Encodable & Sendable>(_ values: [T]) -> SQLQueryString {
    var result: SQLQueryString = ""
    for (index, value) in values.enumerated() {
        result = result + (index == 0 ? "" : ", ") + "\(bind: value)"
    }
    return result
}
