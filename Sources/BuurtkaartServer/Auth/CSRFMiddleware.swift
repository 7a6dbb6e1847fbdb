import BuurtkaartCore
import Vapor

/// Refuses every state-changing request that does not carry the session's CSRF token, in
/// the `X-CSRF-Token` header (scripts) or the `_csrf` form field (HTML forms).
///
/// The JSON sign-in (`POST /api/v1/session`) has no session yet; it accepts only
/// `application/json`, which a page of another site cannot send without the browser
/// asking first, and the cookie is SameSite=Lax.
struct CSRFMiddleware: AsyncMiddleware {
    static let fieldName = "_csrf"
    static let headerName = "X-CSRF-Token"
    static let exemptPaths: Set<String> = ["/api/v1/session"]

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard ![.GET, .HEAD, .OPTIONS].contains(request.method) else {
            return try await next.respond(to: request)
        }
        if Self.exemptPaths.contains(request.url.path) && request.method == .POST {
            guard request.headers.contentType == .json else { throw AppError.unsupportedMediaType }
            return try await next.respond(to: request)
        }
        guard let expected = request.session?.csrfToken else { throw AppError.csrf }
        var given = request.headers.first(name: Self.headerName)
        if given == nil { given = try await Self.formToken(request) }
        guard let given, constantTimeEquals(given, expected) else { throw AppError.csrf }
        return try await next.respond(to: request)
    }

    private static func formToken(_ request: Request) async throws -> String? {
        if request.headers.contentType == .urlEncodedForm {
            return try await request.formFields()[fieldName]?.stringValue
        }
        if request.headers.contentType?.type == "multipart" {
            _ = try await request.collectedBody()
            return try? request.content.get(String.self, at: fieldName)
        }
        return nil
    }
}

/// Compares two secrets in time that does not depend on where they differ.
func constantTimeEquals(_ lhs: String, _ rhs: String) -> Bool {
    let left = Array(lhs.utf8), right = Array(rhs.utf8)
    guard left.count == right.count else { return false }
    var difference: UInt8 = 0
    for index in left.indices { difference |= left[index] ^ right[index] }
    return difference == 0
}
