import BuurtkaartCore
import Fluent
import Vapor

/// Signing up, in and out, the account page and the language switch, in HTML.
struct AccountController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(use: home)
        routes.get("signup", use: signupForm)
        routes.post("signup", use: signup)
        routes.get("login", use: loginForm)
        routes.post("login", use: login)
        routes.post("logout", use: logout)
        routes.get("account", use: account)
        routes.post("account", use: updateProfile)
        routes.post("account", "password", use: changePassword)
        routes.get("language", ":code", use: switchLanguage)
    }

    func home(req: Request) async throws -> Response {
        if req.currentUser != nil { return req.redirect(to: "/workspaces") }
        return try await AccountViews.home(req)
    }

    func signupForm(req: Request) async throws -> Response {
        if req.currentUser != nil { return req.redirect(to: "/workspaces") }
        let state = FormState(values: ["language": .string(req.language.rawValue)])
        return try await AccountViews.signup(req, state: state)
    }

    func signup(req: Request) async throws -> Response {
        let fields = try await req.formFields()
        do {
            let draft = try AccountDraft.read(InputReader(fields, mode: .form))
            let user = try await UserStore.create(draft, app: req.application, on: req.db)
            try await req.startSession(userID: user.id)
            return req.redirect(to: "/workspaces?notice=welcome")
        } catch let failure as ValidationFailure {
            var values = fields
            values["password"] = nil
            return try await AccountViews.signup(req, state: FormState(values: values, failure: failure), status: .unprocessableEntity)
        }
    }

    func loginForm(req: Request) async throws -> Response {
        let next = safeReturnPath(req.query[String.self, at: "next"])
        if req.currentUser != nil { return req.redirect(to: next == "/" ? "/workspaces" : next) }
        return try await AccountViews.login(req, state: FormState(), next: next)
    }

    func login(req: Request) async throws -> Response {
        let fields = try await req.formFields()
        let next = safeReturnPath(fields["next"]?.stringValue)
        let email = fields["email"]?.stringValue ?? ""
        do {
            let user = try await UserStore.authenticate(email: email, password: fields["password"]?.stringValue ?? "", request: req)
            try await req.startSession(userID: user.id)
            return req.redirect(to: next == "/" ? "/workspaces" : next)
        } catch let error as AppError {
            let status: HTTPResponseStatus = if case .tooManyRequests = error { .tooManyRequests } else { .unauthorized }
            let state = FormState(values: ["email": .string(email)], message: error.message)
            return try await AccountViews.login(req, state: state, next: next, status: status)
        }
    }

    func logout(req: Request) async throws -> Response {
        try await req.endSession()
        return req.redirect(to: "/?notice=signedOut")
    }

    func account(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let profile = FormState(values: ["displayName": .string(user.displayName), "language": .string(user.language)])
        return try await AccountViews.account(req, profile: profile, password: FormState())
    }

    /// The signed-in person's row, for the few pages that change it.
    private func accountModel(_ req: Request) async throws -> UserModel {
        guard let user = try await UserModel.find(try req.requireUser().id, on: req.db) else { throw AppError.unauthenticated }
        return user
    }

    func updateProfile(req: Request) async throws -> Response {
        let user = try await accountModel(req)
        let fields = try await req.formFields()
        do {
            let draft = try ProfileDraft.read(InputReader(fields, mode: .form))
            user.displayName = draft.displayName
            user.language = draft.language.rawValue
            user.version += 1
            try await user.update(on: req.db)
            return req.redirect(to: "/account?notice=accountSaved")
        } catch let failure as ValidationFailure {
            return try await AccountViews.account(req, profile: FormState(values: fields, failure: failure), password: FormState(), status: .unprocessableEntity)
        }
    }

    func changePassword(req: Request) async throws -> Response {
        let user = try await accountModel(req)
        let fields = try await req.formFields()
        let profile = FormState(values: ["displayName": .string(user.displayName), "language": .string(user.language)])
        let current = fields["currentPassword"]?.stringValue ?? ""
        guard try await Passwords.verify(current, hash: user.passwordHash, app: req.application) else {
            let failure = ValidationFailure(field: "currentPassword", "error.password.currentWrong")
            return try await AccountViews.account(req, profile: profile, password: FormState(failure: failure), status: .unprocessableEntity)
        }
        let reader = InputReader(fields, mode: .form)
        let newPassword = PasswordPolicy.readNew(reader, "newPassword", email: user.email)
        do {
            try reader.finish()
        } catch {
            return try await AccountViews.account(req, profile: profile, password: FormState(failure: error), status: .unprocessableEntity)
        }
        user.passwordHash = try await Passwords.hash(newPassword, app: req.application)
        user.version += 1
        try await user.update(on: req.db)
        // Every other session of this person ends with the old password.
        if let userID = user.id, let sessionID = req.session?.id {
            try await SessionModel.query(on: req.db).filter(\.$userID == userID).filter(\.$id != sessionID).delete()
        }
        return req.redirect(to: "/account?notice=passwordChanged")
    }

    /// Sets the interface language from a link, for anonymous visitors by cookie and for
    /// signed-in people also as their preference.
    func switchLanguage(req: Request) async throws -> Response {
        guard let code = req.parameters.get("code"), let language = Language(rawValue: code) else { throw AppError.notFound }
        if let user = req.currentUser, user.language != language.rawValue {
            try await UserModel.query(on: req.db).filter(\.$id == user.id).set(\.$language, to: language.rawValue).update()
        }
        let response = req.redirect(to: safeReturnPath(req.query[String.self, at: "next"]))
        response.cookies[Request.languageCookie] = HTTPCookies.Value(
            string: language.rawValue, maxAge: 365 * 24 * 3600, path: "/",
            isSecure: req.application.settings.usesSecureCookies, isHTTPOnly: true, sameSite: .lax
        )
        return response
    }
}
