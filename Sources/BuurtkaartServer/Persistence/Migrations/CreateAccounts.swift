import Fluent
import SQLKit

/// Users, their sessions and the record of sign-in attempts.
struct CreateAccounts: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(UserModel.schema)
            .id()
            .field("email", .string, .required)
            .field("display_name", .string, .required)
            .field("password_hash", .string, .required)
            .field("language", .string, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "email")
            .create()
        try await database.schema(SessionModel.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("user_id", .uuid, .references(UserModel.schema, .id, onDelete: .cascade))
            .field("csrf_token", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()
        try await database.schema(LoginAttemptModel.schema)
            .id()
            .field("email", .string, .required)
            .field("address", .string, .required)
            .field("succeeded", .bool, .required)
            .field("attempted_at", .datetime, .required)
            .create()
        try await database.createIndex("login_attempts_email", on: LoginAttemptModel.schema, columns: ["email", "attempted_at"])
        try await database.createIndex("login_attempts_address", on: LoginAttemptModel.schema, columns: ["address", "attempted_at"])
        try await database.createIndex("sessions_expiry", on: SessionModel.schema, columns: ["expires_at"])
    }

    func revert(on database: Database) async throws {
        try await database.schema(LoginAttemptModel.schema).delete()
        try await database.schema(SessionModel.schema).delete()
        try await database.schema(UserModel.schema).delete()
    }
}

extension SchemaBuilder {
    /// The columns every changeable row has: its version and who changed it when.
    func versionAndAuthorship() -> Self {
        field("version", .int, .required)
            .field("created_by", .uuid)
            .field("updated_by", .uuid)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
    }
}

extension Database {
    /// Creates an index the same way on SQLite and PostgreSQL.
    func createIndex(_ name: String, on table: String, columns: [String], unique: Bool = false) async throws {
        guard let sql = self as? any SQLDatabase else { return }
        var builder = sql.create(index: name).on(table)
        if unique { builder = builder.unique() }
        for column in columns { builder = builder.column(column) }
        try await builder.run()
    }
}
