import BuurtkaartCore
import Crypto
import Fluent
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

struct SessionContextKey: StorageKey { typealias Value = SessionContext }
struct SessionChangeKey: StorageKey { typealias Value = SessionChange }
struct CurrentUserKey: StorageKey { typealias Value = UserModel }

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

    static func load(token: String, into request: Request) async throws {
        guard let session = try await SessionModel.query(on: request.db)
            .filter(\.$tokenHash == hash(token))
            .first(), let sessionID = session.id
        else { return }
        let now = Date()
        guard session.expiresAt > now else {
            try await session.delete(on: request.db)
            return
        }
        var userID = session.userID
        if let id = userID {
            if let user = try await UserModel.find(id, on: request.db) {
                request.storage[CurrentUserKey.self] = user
            } else {
                userID = nil
            }
        }
        request.storage[SessionContextKey.self] = SessionContext(id: sessionID, userID: userID, csrfToken: session.csrfToken)
        // Slide the expiry forward at most once a day, not on every request.
        let lifetime = request.application.settings.sessionLifetime
        if session.expiresAt.timeIntervalSince(now) < lifetime - 24 * 3600 {
            session.expiresAt = now.addingTimeInterval(lifetime)
            try await session.update(on: request.db)
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
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
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

    var currentUser: UserModel? { storage[CurrentUserKey.self] }

    /// The signed-in person, or `AppError.unauthenticated`.
    func requireUser() throws -> UserModel {
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
