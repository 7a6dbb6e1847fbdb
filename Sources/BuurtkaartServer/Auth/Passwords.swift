import Vapor

/// Bcrypt hashing and checking of passwords, off the event loop.
enum Passwords {
    static func hash(_ password: String, app: Application) async throws -> String {
        let cost = app.settings.bcryptCost
        return try await app.threadPool.runIfActive { try Bcrypt.hash(password, cost: cost) }
    }

    static func verify(_ password: String, hash: String, app: Application) async throws -> Bool {
        try await app.threadPool.runIfActive { try Bcrypt.verify(password, created: hash) }
    }

    /// Checks a password against a hash that matches nothing, so that a sign-in for an
    /// unknown address takes as long as one for a known address.
    static func spendEqualTime(_ password: String, app: Application) async throws {
        let dummy = app.storage[DummyHashKey.self] ?? ""
        if !dummy.isEmpty { _ = try await verify(password, hash: dummy, app: app) }
    }

    static func prepareDummyHash(app: Application) throws {
        app.storage[DummyHashKey.self] = try Bcrypt.hash(SessionMiddleware.randomToken(), cost: app.settings.bcryptCost)
    }

    struct DummyHashKey: StorageKey { typealias Value = String }
}
