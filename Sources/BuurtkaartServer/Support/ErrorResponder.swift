import BuurtkaartCore
import Vapor

/// Turns every error into a response in the reader's language: an RFC 9457 problem
/// document under `/api/`, an HTML page elsewhere. Unexpected errors are logged and answered
/// with a plain 500 that reveals nothing of the server.
struct ErrorResponder: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let appError = Self.appError(for: error, request: request)
            if request.url.path.hasPrefix("/api/") {
                return Self.problem(appError, request: request)
            }
            if case .unauthenticated = appError {
                return request.redirect(to: "/login?next=" + (request.url.path.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(["/", "-"])) ?? "/"))
            }
            return await ErrorPage.response(appError, request: request)
        }
    }

    static func appError(for error: any Error, request: Request) -> AppError {
        if let appError = error as? AppError { return appError }
        if let failure = error as? ValidationFailure { return .invalid(failure) }
        if let abort = error as? any AbortError {
            switch abort.status {
            case .notFound: return .notFound
            case .payloadTooLarge: return .payloadTooLarge
            case .unsupportedMediaType: return .unsupportedMediaType
            case .badRequest: return .badRequest(LocalizedMessage("error.badRequest"))
            case .unauthorized: return .unauthenticated
            case .forbidden: return .forbidden
            case .methodNotAllowed: return .notFound
            default: break
            }
        }
        if error is DecodingError {
            return .badRequest(LocalizedMessage("error.badRequest"))
        }
        request.logger.report(error: error)
        return .internalError
    }

    static func problem(_ error: AppError, request: Request) -> Response {
        let language = request.language
        let status = error.status
        var members: [String: JSONValue] = [
            "type": .string("about:blank"),
            "title": .string(status.reasonPhrase),
            "status": .number(Double(status.code)),
            "detail": .string(error.message.text(in: language)),
            "code": .string(error.message.key),
        ]
        if case .invalid(let failure) = error {
            members["errors"] = .array(failure.errors.map { fieldError in
                .object([
                    "field": .string(fieldError.field),
                    "detail": .string(fieldError.message.text(in: language)),
                    "code": .string(fieldError.message.key),
                ])
            })
        }
        if case .conflict(_, let current?) = error {
            members["currentVersion"] = .number(Double(current.version))
            members["current"] = current.representation
        }
        let response = Response(status: status)
        response.headers.contentType = HTTPMediaType(type: "application", subType: "problem+json", parameters: ["charset": "utf-8"])
        response.headers.replaceOrAdd(name: .contentLanguage, value: language.rawValue)
        if case .tooManyRequests(_, let retryAfter) = error {
            response.headers.replaceOrAdd(name: .retryAfter, value: String(retryAfter))
        }
        if case .conflict(_, let current?) = error {
            response.headers.replaceOrAdd(name: .eTag, value: ETag.value(for: current.version))
        }
        response.body = .init(string: JSONValue.object(members).encodedString())
        return response
    }
}

/// Headers that keep pages from being framed, sniffed or leaking addresses.
struct SecurityHeaders: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
        if request.application.settings.usesSecureCookies {
            response.headers.replaceOrAdd(name: "Strict-Transport-Security", value: "max-age=31536000")
        }
        if response.headers.contentType?.subType == "html" {
            response.headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
            if response.headers.first(name: "Content-Security-Policy") == nil {
                response.headers.replaceOrAdd(name: "Content-Security-Policy", value: Self.contentSecurityPolicy(extraOrigins: []))
            }
        }
        return response
    }

    /// Scripts and styles from this server only (and a CDN's origin, when a page loads
    /// Leaflet from one); images also from the https tile servers of the maps; nothing
    /// inline, no framing.
    static func contentSecurityPolicy(extraOrigins: [String]) -> String {
        let extra = extraOrigins.isEmpty ? "" : " " + extraOrigins.joined(separator: " ")
        return "default-src 'self'; img-src 'self' data: blob: https:; style-src 'self'\(extra); script-src 'self'\(extra); "
            + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'"
    }
}
