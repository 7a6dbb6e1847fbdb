import BuurtkaartCore
import Fluent
import Foundation
import SQLKit
import Vapor

/// A row with a version number and the person who last changed it.
protocol Versioned: Model where IDValue == UUID {
    var version: Int { get set }
    var updatedBy: UUID? { get set }
}

extension WorkspaceModel: Versioned {}
extension MapModel: Versioned {}
extension LayerModel: Versioned {}
extension ActorModel: Versioned {}
extension MembershipModel: Versioned {}
extension CustomSymbolModel: Versioned {}

extension VersionedWrite {
    /// Changes `model` if it is still at version `expected`: the check and the change are
    /// one transaction, so of two people saving the same version one wins and the other
    /// gets 409 with the current state, never a silent overwrite.
    static func update<M: Versioned>(
        _ model: M, expected: Int, by userID: UUID?, on database: Database,
        current: @escaping @Sendable (M) async throws -> AppError.Conflict,
        before: (@Sendable (Database) async throws -> Void)? = nil,
        change: @escaping @Sendable (M) -> Void
    ) async throws {
        guard model.version == expected, let id = model.id else { throw AppError.stale(try await current(model)) }
        let claimed = try await database.transaction { transaction -> Bool in
            try await before?(transaction)
            guard let newVersion = try await claim(table: M.schema, id: id, expected: expected, on: transaction) else {
                return false
            }
            change(model)
            model.version = newVersion
            model.updatedBy = userID
            try await model.update(on: transaction)
            return true
        }
        guard claimed else {
            guard let fresh = try await M.find(id, on: database) else { throw AppError.notFound }
            throw AppError.stale(try await current(fresh))
        }
    }

    /// Deletes `model` if it is still at version `expected`; otherwise 409 as for `update`.
    static func delete<M: Versioned>(
        _ model: M, expected: Int, on database: Database,
        current: @escaping @Sendable (M) async throws -> AppError.Conflict,
        before: (@Sendable (Database) async throws -> Void)? = nil
    ) async throws {
        guard model.version == expected, let id = model.id else { throw AppError.stale(try await current(model)) }
        let claimed = try await database.transaction { transaction -> Bool in
            try await before?(transaction)
            guard try await claim(table: M.schema, id: id, expected: expected, on: transaction) != nil else { return false }
            try await M.query(on: transaction).filter(\M._$id == id).delete()
            return true
        }
        guard claimed else {
            guard let fresh = try await M.find(id, on: database) else { throw AppError.notFound }
            throw AppError.stale(try await current(fresh))
        }
    }
}

extension VersionedWrite {
    /// Takes the write lock of one row for the rest of the transaction (and on SQLite the
    /// database's write lock), so that checks made after it cannot be raced.
    static func lock(table: String, id: UUID, on database: Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("UPDATE \(ident: table) SET version = version WHERE id = \(bind: id)").run()
    }
}

extension JSONValue {
    /// The JSON value of an encodable representation, as the API would send it.
    init<T: Encodable>(encoding value: T) {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        if let data = try? encoder.encode(value), let parsed = JSONValue.parse(data) {
            self = parsed
        } else {
            self = .null
        }
    }
}

extension Request {
    /// The version a form was filled in against (its hidden `version` field).
    func formVersion() async throws -> Int {
        guard let text = try await formFields()["version"]?.stringValue, let version = Int(text), version > 0 else {
            throw AppError.badRequest(LocalizedMessage("error.form.version"))
        }
        return version
    }
}
