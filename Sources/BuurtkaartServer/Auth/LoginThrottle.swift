import BuurtkaartCore
import Fluent
import Vapor

/// Limits password guessing: after too many failed sign-ins for one account, or from one
/// network address, within the window, further attempts are refused until it has passed.
/// Attempts are rows in the database, so the limit holds across restarts and instances.
enum LoginThrottle {
    static func check(email: String, address: String, on request: Request) async throws {
        let settings = request.application.settings
        let since = Date().addingTimeInterval(-settings.loginWindow)
        let accountFailures = try await LoginAttemptModel.query(on: request.db)
            .filter(\.$email == email).filter(\.$succeeded == false).filter(\.$attemptedAt > since)
            .count()
        let addressFailures = try await LoginAttemptModel.query(on: request.db)
            .filter(\.$address == address).filter(\.$succeeded == false).filter(\.$attemptedAt > since)
            .count()
        if accountFailures >= settings.loginFailuresPerAccount || addressFailures >= settings.loginFailuresPerAddress {
            let minutes = Int((settings.loginWindow / 60).rounded(.up))
            throw AppError.tooManyRequests(
                LocalizedMessage("error.login.tooManyAttempts", ["minutes": String(minutes)]),
                retryAfter: Int(settings.loginWindow)
            )
        }
    }

    static func record(email: String, address: String, succeeded: Bool, on request: Request) async throws {
        try await LoginAttemptModel(email: email, address: address, succeeded: succeeded, attemptedAt: Date())
            .create(on: request.db)
        // Old attempts are of no further use; clear them now and then.
        if Int.random(in: 0..<50) == 0 {
            let cutoff = Date().addingTimeInterval(-request.application.settings.loginWindow * 4)
            try await LoginAttemptModel.query(on: request.db).filter(\.$attemptedAt < cutoff).delete()
            try await SessionModel.query(on: request.db).filter(\.$expiresAt < Date()).delete()
        }
    }
}

extension Request {
    /// The network address of the caller, for limits. Behind a proxy that sets
    /// `X-Forwarded-For`, set `BUURTKAART_TRUST_PROXY=1` to use its first address.
    var clientAddress: String {
        if Environment.get("BUURTKAART_TRUST_PROXY") == "1",
           let forwarded = headers.first(name: .xForwardedFor)?.split(separator: ",").first {
            return forwarded.trimmingCharacters(in: .whitespaces)
        }
        return remoteAddress?.ipAddress ?? "unknown"
    }
}
