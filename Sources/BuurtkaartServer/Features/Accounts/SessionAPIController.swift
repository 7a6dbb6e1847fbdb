import BuurtkaartCore
import Vapor

/// Signing in and out through the JSON API, for scripts and the page modules.
struct SessionAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let session = routes.grouped("session")
        session.get(use: show)
        session.post(use: create)
        session.delete(use: delete)
    }

    struct SessionDTO: Content {
        let user: UserDTO
        let csrfToken: String
    }

    func show(req: Request) async throws -> SessionDTO {
        let user = try req.requireUser()
        guard let session = req.session else { throw AppError.unauthenticated }
        return SessionDTO(user: UserDTO(user), csrfToken: session.csrfToken)
    }

    func create(req: Request) async throws -> SessionDTO {
        let body = try await req.jsonBody()
        let reader = try InputReader.json(body)
        reader.rejectUnknown(known: ["email", "password"])
        let email = reader.text("email", maximumLength: 254, required: true)
        let password = reader.rawText("password")
        if password.isEmpty { reader.fail("password", "error.input.required") }
        try reader.finish()
        let user = try await UserStore.authenticate(email: email, password: password, request: req)
        let session = try await req.startSession(userID: user.id)
        let current = CurrentUser(user)
        req.storage[CurrentUserKey.self] = current
        return SessionDTO(user: UserDTO(current), csrfToken: session.csrfToken)
    }

    func delete(req: Request) async throws -> HTTPStatus {
        try await req.endSession()
        return .noContent
    }
}
