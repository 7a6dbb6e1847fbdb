import BuurtkaartCore
import Vapor

/// The errors a Buurtkaart route answers with, each carrying what the person needs to put
/// the request right. `ErrorResponder` turns them into a problem document (API) or a page.
enum AppError: Error {
    /// The thing does not exist, or the caller may not know it exists.
    case notFound
    /// The caller is a member but their role does not allow this.
    case forbidden
    /// The caller must sign in first.
    case unauthenticated
    /// The e-mail address or the password is wrong (which one is not said).
    case invalidCredentials
    /// The input has wrong fields.
    case invalid(ValidationFailure)
    /// The request cannot be understood (malformed JSON, wrong content type …).
    case badRequest(LocalizedMessage)
    /// The thing changed since the caller read it, or the change contradicts the current state.
    case conflict(LocalizedMessage, current: Conflict? = nil)
    /// A write came without `If-Match`.
    case preconditionRequired
    case unsupportedMediaType
    case payloadTooLarge
    case tooManyRequests(LocalizedMessage, retryAfter: Int)
    /// The form or request lacks a valid CSRF token.
    case csrf
    /// Something went wrong on our side; the details are in the log, not in the answer.
    case internalError

    /// The current state of a thing that a stale write tried to change.
    struct Conflict: Sendable {
        let version: Int
        let representation: JSONValue
    }

    var status: HTTPResponseStatus {
        switch self {
        case .notFound: .notFound
        case .forbidden, .csrf: .forbidden
        case .unauthenticated, .invalidCredentials: .unauthorized
        case .invalid: .unprocessableEntity
        case .badRequest: .badRequest
        case .conflict: .conflict
        case .preconditionRequired: .preconditionRequired
        case .unsupportedMediaType: .unsupportedMediaType
        case .payloadTooLarge: .payloadTooLarge
        case .tooManyRequests: .tooManyRequests
        case .internalError: .internalServerError
        }
    }

    var message: LocalizedMessage {
        switch self {
        case .notFound: LocalizedMessage("error.notFound")
        case .forbidden: LocalizedMessage("error.forbidden")
        case .unauthenticated: LocalizedMessage("error.unauthenticated")
        case .invalidCredentials: LocalizedMessage("error.login.invalid")
        case .invalid: LocalizedMessage("error.invalid")
        case .badRequest(let message), .conflict(let message, _), .tooManyRequests(let message, _): message
        case .preconditionRequired: LocalizedMessage("error.preconditionRequired")
        case .unsupportedMediaType: LocalizedMessage("error.unsupportedMediaType")
        case .payloadTooLarge: LocalizedMessage("error.payloadTooLarge")
        case .csrf: LocalizedMessage("error.csrf")
        case .internalError: LocalizedMessage("error.internal")
        }
    }

    /// A stale version: the message for a 409 with the current state.
    static func stale(_ current: Conflict) -> AppError {
        .conflict(LocalizedMessage("error.staleVersion", ["version": String(current.version)]), current: current)
    }
}
