import BuurtkaartCore
import Vapor

/// The page shown for an error outside the API: what happened, in the reader's language,
/// and where to go from here.
enum ErrorPage {
    static func response(_ error: AppError, request: Request) async -> Response {
        let texts = request.texts
        let page = Page(request: request, title: texts("error.title.\(error.status.code)"), status: error.status, hasForms: false)
        do {
            return try await page.response { context in
                el("h1") { texts("error.title.\(error.status.code)") }
                el("p", .class("lead")) { texts(error.message) }
                if case .invalid(let failure) = error {
                    el("ul") {
                        for fieldError in failure.errors {
                            el("li") { (fieldError.field.isEmpty ? "" : fieldError.field + ": ") + texts(fieldError.message) }
                        }
                    }
                }
                el("p") {
                    el("a", .href(context.user == nil ? "/" : "/workspaces")) { texts("error.backHome") }
                }
            }
        } catch {
            let response = Response(status: error is AppError ? .internalServerError : .internalServerError)
            response.body = .init(string: texts("error.internal"))
            return response
        }
    }
}
