import Fluent
import Foundation
import SQLKit

/// Optimistic concurrency on rows with a `version` column.
enum VersionedWrite {
    /// Moves a row from version `expected` to the next one in a single statement, and
    /// answers the new version; `nil` when the row is at another version (or gone), in
    /// which case nothing was changed. Run it first in a transaction: on SQLite its write
    /// takes the database's write lock at once, so two editors never both win.
    static func claim(table: String, id: UUID, expected: Int, on database: Database) async throws -> Int? {
        guard let sql = database as? any SQLDatabase else { return nil }
        let row = try await sql.raw("""
            UPDATE \(ident: table) SET version = version + 1 \
            WHERE id = \(bind: id) AND version = \(bind: expected) RETURNING version
            """).first()
        return try row?.decode(column: "version", as: Int.self)
    }
}
