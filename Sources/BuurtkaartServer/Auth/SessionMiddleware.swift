import BuurtkaartCore
import Crypto
import Fluent
import SQLKit
import Vapor

/// The session of the browser making a request, if it has one.
struct SessionContext: Sendable {
    let id: UUID
    let userID: UUID?
    let csrfToken: String
}

/// What a request did to its session, applied to the response's cookie.
enum SessionChange: Sendable {
    case started(token: String)
    case ended
}

/// The signed-in person, as every request knows them.
struct CurrentUser: Sendable {
    let id: UUID
    let email: String
    let displayName: String
    let language: String

    init(id: UUID, email: String, displayName: String, language: String) {
        self.id = id
        self.email = email
        self.displayName = displayName
        self.language = language
    }

    init(_ user: UserModel) {
        self.init(id: user.id ?? UUID(), email: user.email, displayName: user.displayName, language: user.language)
    }
}

struct SessionContextKey: StorageKey { typealias Value = SessionContext }
struct SessionChangeKey: StorageKey { typealias Value = SessionChange }
struct CurrentUserKey: StorageKey { typealias Value = CurrentUser }

/// Finds the session named by the cookie and its user, and writes the cookie back when the
/// request started or ended a session. Sessions live in the database, so they survive a
/// restart and are shared by several app instances.
struct SessionMiddleware: AsyncMiddleware {
    static let cookieName = "buurtkaart_session"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let token = request.cookies[Self.cookieName]?.string, !token.isEmpty {
            try await Self.load(token: token, into: request)
        }
        let response = try await next.respond(to: request)
        Self.writeCookie(request: request, response: response)
        return response
    }

    /// Finds the session and its person in one query: this runs on every request.
    static func load(token: String, into request: Request) async throws {
        guard let sql = request.db as? any SQLDatabase else { return }
        guard let row = try await sql.raw("""
            SELECT s.id AS session_id, s.csrf_token, s.expires_at, u.id AS user_id, u.email, u.display_name, u.language
            FROM sessions s LEFT JOIN users u ON u.id = s.user_id
            WHERE s.token_hash = \(bind: hash(token))
            """).first()
        else { return }
        let sessionID = try row.decode(column: "session_id", as: UUID.self)
        let expiresAt = try row.decode(column: "expires_at", as: Date.self)
        let now = Date()
        guard expiresAt > now else {
            try await SessionModel.query(on: request.db).filter(\.$id == sessionID).delete()
            return
        }
        let userID = try row.decode(column: "user_id", as: UUID?.self)
        if let userID {
            request.storage[CurrentUserKey.self] = CurrentUser(
                id: userID,
                email: try row.decode(column: "email", as: String.self),
                displayName: try row.decode(column: "display_name", as: String.self),
                language: try row.decode(column: "language", as: String.self)
            )
        }
        request.storage[SessionContextKey.self] = SessionContext(
            id: sessionID, userID: userID, csrfToken: try row.decode(column: "csrf_token", as: String.self)
        )
        // Slide the expiry forward at most once a day, not on every request.
        let lifetime = request.application.settings.sessionLifetime
        if expiresAt.timeIntervalSince(now) < lifetime - 24 * 3600 {
            try await SessionModel.query(on: request.db).filter(\.$id == sessionID)
                .set(\.$expiresAt, to: now.addingTimeInterval(lifetime)).update()
        }
    }

    static func writeCookie(request: Request, response: Response) {
        guard let change = request.storage[SessionChangeKey.self] else { return }
        let settings = request.application.settings
        switch change {
        case .started(let token):
            response.cookies[cookieName] = HTTPCookies.Value(
                string: token, maxAge: Int(settings.sessionLifetime), path: "/",
                isSecure: settings.usesSecureCookies, isHTTPOnly: true, sameSite: .lax
            )
        case .ended:
            response.cookies[cookieName] = HTTPCookies.Value(
                string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/",
                isSecure: settings.usesSecureCookies, isHTTPOnly: true, sameSite: .lax
            )
        }
    }

    static func hash(_ token: String) -> String {
        // Hex by hand: `String(format:)` costs more than the hash itself on every request.
        let digits = Array("0123456789abcdef".utf8)
        var hex = [UInt8]()
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: Data(token.utf8)) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}

extension Request {
    var session: SessionContext? { storage[SessionContextKey.self] }

    var currentUser: CurrentUser? { storage[CurrentUserKey.self] }

    /// The signed-in person, or `AppError.unauthenticated`.
    func requireUser() throws -> CurrentUser {
        guard let user = currentUser else { throw AppError.unauthenticated }
        return user
    }

    /// Starts a new session, replacing any current one (a new token on every sign-in, so a
    /// token planted before sign-in is worth nothing after it).
    @discardableResult
    func startSession(userID: UUID?) async throws -> SessionContext {
        if let current = session {
            try await SessionModel.query(on: db).filter(\.$id == current.id).delete()
        }
        let token = SessionMiddleware.randomToken()
        let model = SessionModel(
            tokenHash: SessionMiddleware.hash(token),
            userID: userID,
            csrfToken: SessionMiddleware.randomToken(),
            expiresAt: Date().addingTimeInterval(application.settings.sessionLifetime)
        )
        try await model.create(on: db)
        let context = SessionContext(id: model.id ?? UUID(), userID: userID, csrfToken: model.csrfToken)
        storage[SessionContextKey.self] = context
        storage[SessionChangeKey.self] = .started(token: token)
        return context
    }

    /// The session to hold a CSRF token for an anonymous form; started when there is none.
    func ensureSession() async throws -> SessionContext {
        if let session { return session }
        return try await startSession(userID: nil)
    }

    func endSession() async throws {
        if let current = session {
            try await SessionModel.query(on: db).filter(\.$id == current.id).delete()
        }
        storage[SessionContextKey.self] = nil
        storage[CurrentUserKey.self] = nil
        storage[SessionChangeKey.self] = .ended
    }
}
