import BuurtkaartCore
import Vapor

/// The pages of signing up and in, and of one's own account.
enum AccountViews {
    static func languageOptions() -> [(value: String, label: String)] {
        Language.allCases.map { ($0.rawValue, $0.nativeName) }
    }

    static func home(_ req: Request) async throws -> Response {
        let texts = req.texts
        return try await Page(request: req, title: texts("home.title"), bodyClass: "home", hasForms: false).response { _ in
            el("section", .class("hero")) {
                el("h1") { texts("home.title") }
                el("p", .class("lead")) { texts("home.lead") }
                el("p", .class("actions")) {
                    el("a", .class("button primary"), .href("/signup")) { texts("home.start") }
                    el("a", .class("button secondary"), .href("/login")) { texts("nav.signIn") }
                }
            }
            el("section", .class("columns")) {
                for key in ["map", "evaluate", "analyse"] {
                    el("div", .class("column")) {
                        el("h2") { texts("home.\(key).title") }
                        el("p") { texts("home.\(key).text") }
                    }
                }
            }
        }
    }

    static func signup(_ req: Request, state: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        let texts = req.texts
        let form = FormBuilder(state: state, texts: texts)
        return try await Page(request: req, title: texts("signup.title"), status: status, bodyClass: "narrow").response { context in
            el("h1") { texts("signup.title") }
            el("p", .class("lead")) { texts("signup.lead") }
            form.summary()
            postForm("/signup", context, attributes: [Attribute("novalidate", nil)]) {
                form.text("displayName", label: texts("field.displayName"), required: true, maxLength: 100, autocomplete: "name")
                form.text("email", label: texts("field.email"), type: "email", required: true, maxLength: 254, autocomplete: "email")
                form.text("password", label: texts("field.password"), type: "password", required: true,
                          hint: texts("hint.password", ["minimum": String(PasswordPolicy.minimumLength)]), autocomplete: "new-password")
                form.radios("language", legend: texts("field.language"), options: languageOptions())
                el("button", .type("submit"), .class("button primary")) { texts("signup.submit") }
            }
            el("p") {
                texts("signup.haveAccount") + " "
                el("a", .href("/login")) { texts("nav.signIn") }
            }
        }
    }

    static func login(_ req: Request, state: FormState, next: String, status: HTTPResponseStatus = .ok) async throws -> Response {
        let texts = req.texts
        let form = FormBuilder(state: state, texts: texts)
        return try await Page(request: req, title: texts("login.title"), status: status, bodyClass: "narrow").response { context in
            el("h1") { texts("login.title") }
            form.summary()
            postForm("/login", context) {
                el("input", .type("hidden"), .name("next"), .value(next))
                form.text("email", label: texts("field.email"), type: "email", required: true, autocomplete: "username")
                form.text("password", label: texts("field.password"), type: "password", required: true, autocomplete: "current-password")
                el("button", .type("submit"), .class("button primary")) { texts("login.submit") }
            }
            el("p") {
                texts("login.noAccount") + " "
                el("a", .href("/signup")) { texts("nav.signUp") }
            }
        }
    }

    static func account(_ req: Request, profile: FormState, password: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        let texts = req.texts
        let user = try req.requireUser()
        let profileForm = FormBuilder(state: profile, texts: texts)
        let passwordForm = FormBuilder(state: password, texts: texts)
        return try await Page(request: req, title: texts("account.title"), status: status, bodyClass: "narrow").response { context in
            el("h1") { texts("account.title") }
            el("p") { texts("account.signedInAs", ["email": user.email]) }
            el("section") {
                el("h2") { texts("account.profile") }
                profileForm.summary()
                postForm("/account", context) {
                    profileForm.text("displayName", label: texts("field.displayName"), required: true, maxLength: 100)
                    profileForm.radios("language", legend: texts("field.language"), options: languageOptions())
                    el("button", .type("submit"), .class("button primary")) { texts("action.save") }
                }
            }
            el("section") {
                el("h2") { texts("account.password") }
                passwordForm.summary()
                postForm("/account/password", context) {
                    passwordForm.text("currentPassword", label: texts("field.currentPassword"), type: "password", required: true, autocomplete: "current-password")
                    passwordForm.text("newPassword", label: texts("field.newPassword"), type: "password", required: true,
                                      hint: texts("hint.password", ["minimum": String(PasswordPolicy.minimumLength)]), autocomplete: "new-password")
                    el("button", .type("submit"), .class("button secondary")) { texts("account.changePassword") }
                }
            }
        }
    }
}
