import BuurtkaartCore
@testable import BuurtkaartServer
import FluentKit
import Foundation
import Testing
import Vapor
import VaporTesting

@Suite("Accounts, sessions and CSRF")
struct AccountTests {
    @Test("a person signs up, lands on their workspaces and signs out")
    func signUpAndOut() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            try await browser.signUp(email: "Coordinator@Example.org", name: "Coordinator")
            let workspaces = try await browser.send(.GET, "/workspaces")
            #expect(workspaces.status == .ok)
            #expect(workspaces.body.string.contains("Coordinator"))
            let stored = try await UserModel.query(on: app.db).first()
            #expect(stored?.email == "coordinator@example.org")
            #expect(stored?.passwordHash.hasPrefix("$2") == true)
            #expect(stored?.passwordHash.contains("een lang wachtwoord") == false)
            let out = try await browser.submit("/logout", [])
            #expect(out.status == .seeOther)
            let after = try await browser.send(.GET, "/workspaces")
            #expect(after.status == .seeOther)
            #expect(after.headers.first(name: .location)?.hasPrefix("/login") == true)
        }
    }

    @Test("the session cookie is HTTP-only and SameSite, and Secure behind https")
    func cookieFlags() async throws {
        try await withTestApp(configure: { $0.baseURL = "https://buurtkaart.example.org" }) { app in
            let response = try await app.testing().sendRequest(.GET, "/login")
            let cookie = try #require(response.headers[.setCookie].first { $0.hasPrefix(SessionMiddleware.cookieName) })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(cookie.contains("Secure"))
        }
    }

    @Test("anonymous visits to pages without forms leave no session behind")
    func noSessionForCrawlers() async throws {
        try await withTestApp { app in
            for path in ["/", "/no/such/page", "/maps/\(UUID().uuidString)"] {
                let response = try await app.testing().sendRequest(.GET, path)
                #expect(response.headers[.setCookie].allSatisfy { !$0.hasPrefix(SessionMiddleware.cookieName) }, "\(path)")
            }
            #expect(try await SessionModel.query(on: app.db).count() == 0)
            _ = try await app.testing().sendRequest(.GET, "/login")
            #expect(try await SessionModel.query(on: app.db).count() == 1)
        }
    }

    @Test("an e-mail address is taken whatever its case")
    func emailUniqueness() async throws {
        try await withTestApp { app in
            try await TestBrowser(app).signUp(email: "an@example.org")
            let second = TestBrowser(app)
            try await second.send(.GET, "/signup")
            let response = try await second.submit("/signup", [("displayName", "An"), ("email", "AN@EXAMPLE.ORG"), ("password", "een lang wachtwoord")])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("There is already an account with this e-mail address."))
            #expect(try await UserModel.query(on: app.db).count() == 1)
        }
    }

    @Test("a form without the CSRF token is refused and changes nothing")
    func csrfOnForms() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            try await browser.send(.GET, "/signup")
            let response = try await browser.submit("/signup", [("displayName", "X"), ("email", "x@example.org"), ("password", "een lang wachtwoord")], csrf: false)
            #expect(response.status == .forbidden)
            #expect(try await UserModel.query(on: app.db).count() == 0)
        }
    }

    @Test("an API write without the CSRF header is refused, with it accepted")
    func csrfOnAPI() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            try await browser.signUp(email: "a@example.org")
            try await browser.signIn(email: "a@example.org")
            let refused = try await browser.api(.POST, "/api/v1/workspaces", json: #"{"name": "x"}"#, csrf: false)
            #expect(refused.status == .forbidden)
            #expect(refused.headers.contentType?.subType == "problem+json")
            #expect(try await WorkspaceModel.query(on: app.db).count() == 0)
            let accepted = try await browser.api(.POST, "/api/v1/workspaces", json: #"{"name": "x"}"#)
            #expect(accepted.status == .created)
        }
    }

    @Test("sign-in attempts are limited per account: after five failures even the right password waits")
    func loginLimitPerAccount() async throws {
        try await withTestApp { app in
            try await TestBrowser(app).signUp(email: "limit@example.org")
            let attacker = TestBrowser(app)
            for _ in 0..<5 {
                let response = try await attacker.api(.POST, "/api/v1/session", json: #"{"email": "limit@example.org", "password": "wrong password"}"#)
                #expect(response.status == .unauthorized)
            }
            let blocked = try await attacker.api(.POST, "/api/v1/session", json: #"{"email": "limit@example.org", "password": "een lang wachtwoord"}"#)
            #expect(blocked.status == .tooManyRequests)
            #expect(blocked.headers.first(name: .retryAfter) != nil)
            let html = TestBrowser(app)
            try await html.send(.GET, "/login")
            let page = try await html.submit("/login", [("email", "limit@example.org"), ("password", "een lang wachtwoord")])
            #expect(page.status == .tooManyRequests)
            #expect(page.body.string.contains("Too many failed attempts"))
        }
    }

    @Test("sign-in attempts are limited per address across accounts")
    func loginLimitPerAddress() async throws {
        try await withTestApp(configure: { $0.loginFailuresPerAddress = 3 }) { app in
            let attacker = TestBrowser(app)
            for index in 0..<3 {
                try await attacker.api(.POST, "/api/v1/session", json: #"{"email": "user\#(index)@example.org", "password": "guess guess"}"#)
            }
            let blocked = try await attacker.api(.POST, "/api/v1/session", json: #"{"email": "other@example.org", "password": "guess guess"}"#)
            #expect(blocked.status == .tooManyRequests)
        }
    }

    @Test("a wrong password says neither which part was wrong nor whether the account exists")
    func vagueFailure() async throws {
        try await withTestApp { app in
            try await TestBrowser(app).signUp(email: "real@example.org")
            let browser = TestBrowser(app)
            let wrongPassword = try await browser.api(.POST, "/api/v1/session", json: #"{"email": "real@example.org", "password": "nope nope nope"}"#)
            let noAccount = try await browser.api(.POST, "/api/v1/session", json: #"{"email": "ghost@example.org", "password": "nope nope nope"}"#)
            #expect(wrongPassword.status == .unauthorized && noAccount.status == .unauthorized)
            #expect(wrongPassword.json["detail"] == noAccount.json["detail"])
        }
    }

    @Test("the interface speaks Dutch by default and the language links switch it")
    func languages() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            browser.language = "de"
            let dutch = try await browser.send(.GET, "/login")
            #expect(dutch.body.string.contains(#"<html lang="nl">"#))
            #expect(dutch.body.string.contains("Aanmelden"))
            let switched = try await browser.send(.GET, "/language/fr?next=/login")
            #expect(switched.headers.first(name: .location) == "/login")
            let french = try await browser.send(.GET, "/login")
            #expect(french.body.string.contains(#"<html lang="fr">"#))
            let offsite = try await browser.send(.GET, "/language/en?next=//evil.example.org")
            #expect(offsite.headers.first(name: .location) == "/")
        }
    }

    @Test("a person's own language choice is kept with their account")
    func accountLanguage() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            try await browser.signUp(email: "fr@example.org", language: "fr")
            browser.language = "en"
            let page = try await browser.send(.GET, "/workspaces")
            #expect(page.body.string.contains(#"<html lang="fr">"#))
        }
    }

    @Test("changing the password needs the current one and ends other sessions")
    func changePassword() async throws {
        try await withTestApp { app in
            let first = TestBrowser(app)
            try await first.signUp(email: "pw@example.org")
            let second = TestBrowser(app)
            try await second.signIn(email: "pw@example.org")
            try await first.send(.GET, "/account")
            let wrong = try await first.submit("/account/password", [("currentPassword", "not it at all"), ("newPassword", "nieuw lang wachtwoord")])
            #expect(wrong.status == .unprocessableEntity)
            let changed = try await first.submit("/account/password", [("currentPassword", "een lang wachtwoord"), ("newPassword", "nieuw lang wachtwoord")])
            #expect(changed.status == .seeOther)
            #expect(try await second.send(.GET, "/api/v1/session").status == .unauthorized)
            #expect(try await first.send(.GET, "/api/v1/session").status == .ok)
        }
    }
}
