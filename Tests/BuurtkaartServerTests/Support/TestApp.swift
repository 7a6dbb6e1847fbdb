import BuurtkaartCore
@testable import BuurtkaartServer
import FluentKit
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Boots the real application for one test on a database of its own: a new SQLite file in
/// a temporary folder, or, when `BUURTKAART_TEST_POSTGRES_URL` is set (as the test script
/// does), a new schema in that PostgreSQL database, dropped afterwards.
func withTestApp(
    configure adjust: (inout Settings) -> Void = { _ in },
    _ body: (Application) async throws -> Void
) async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("buurtkaart-test-\(UUID().uuidString)")
    var settings = Settings(dataDirectory: folder.path, bcryptCost: 4)
    settings.nominatimURL = nil
    let postgres = ProcessInfo.processInfo.environment["BUURTKAART_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    let schema = "test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
    if let postgres {
        settings.databaseURL = postgres
        settings.postgresSearchPath = [schema]
    }
    adjust(&settings)
    let app = try await Application.make(.testing)
    app.logger.logLevel = .warning
    do {
        try await configure(app, settings: settings)
        if postgres != nil, let sql = app.db as? any SQLDatabase {
            try await sql.raw("CREATE SCHEMA \(ident: schema)").run()
        }
        try await migrateDatabase(app)
        try await body(app)
    } catch {
        await cleanUp(app, schema: postgres == nil ? nil : schema, folder: folder)
        throw error
    }
    await cleanUp(app, schema: postgres == nil ? nil : schema, folder: folder)
}

private func cleanUp(_ app: Application, schema: String?, folder: URL) async {
    if let schema, let sql = app.db as? any SQLDatabase {
        try? await sql.raw("DROP SCHEMA \(ident: schema) CASCADE").run()
    }
    try? await app.asyncShutdown()
    try? FileManager.default.removeItem(at: folder)
}

var isPostgres: Bool {
    !(ProcessInfo.processInfo.environment["BUURTKAART_TEST_POSTGRES_URL"] ?? "").isEmpty
}

/// A person's browser in tests: keeps cookies between requests and sends the CSRF token.
final class TestBrowser: @unchecked Sendable {
    let app: Application
    private(set) var cookies: [String: String] = [:]
    private(set) var csrfToken: String?
    var language = "en"

    init(_ app: Application) {
        self.app = app
    }

    @discardableResult
    func send(_ method: HTTPMethod, _ path: String, headers extra: HTTPHeaders = [:], body: ByteBuffer? = nil,
              sourceLocation: SourceLocation = #_sourceLocation) async throws -> TestingHTTPResponse {
        var headers = extra
        if !cookies.isEmpty {
            headers.replaceOrAdd(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        if headers.first(name: .acceptLanguage) == nil { headers.replaceOrAdd(name: .acceptLanguage, value: language) }
        let response = try await app.testing().sendRequest(method, path, headers: headers, body: body)
        for header in response.headers[.setCookie] {
            let pair = header.split(separator: ";").first.map(String.init) ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            if parts[1].isEmpty || header.lowercased().contains("max-age=0") { cookies[parts[0]] = nil } else { cookies[parts[0]] = parts[1] }
        }
        if let token = Self.csrfToken(in: response.body.string) { csrfToken = token }
        return response
    }

    static func csrfToken(in html: String) -> String? {
        guard let range = html.range(of: #"name="_csrf" value=""#) else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    /// Posts an HTML form, with the CSRF token of the last page unless `csrf` says otherwise.
    @discardableResult
    func submit(_ path: String, _ fields: [(String, String)], csrf: Bool = true) async throws -> TestingHTTPResponse {
        if csrf && csrfToken == nil { try await send(.GET, "/login") }
        var all = fields
        if csrf, let csrfToken { all.append(("_csrf", csrfToken)) }
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await send(.POST, path, headers: ["Content-Type": "application/x-www-form-urlencoded"], body: ByteBuffer(string: body))
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? ""
    }

    /// Calls the JSON API with the CSRF header; `ifMatch` sends a version.
    @discardableResult
    func api(_ method: HTTPMethod, _ path: String, json: String? = nil, ifMatch: Int? = nil, csrf: Bool = true) async throws -> TestingHTTPResponse {
        var headers: HTTPHeaders = [:]
        if json != nil { headers.replaceOrAdd(name: .contentType, value: "application/json") }
        if let ifMatch { headers.replaceOrAdd(name: .ifMatch, value: "\"\(ifMatch)\"") }
        if csrf, method != .GET, let csrfToken { headers.replaceOrAdd(name: "X-CSRF-Token", value: csrfToken) }
        return try await send(method, path, headers: headers, body: json.map { ByteBuffer(string: $0) })
    }

    /// Creates an account through the sign-up form and stays signed in.
    func signUp(email: String, name: String = "Tester", password: String = "een lang wachtwoord", language: String = "en") async throws {
        try await send(.GET, "/signup")
        let response = try await submit("/signup", [("displayName", name), ("email", email), ("password", password), ("language", language)])
        #expect(response.status == .seeOther, "sign-up of \(email) failed: \(response.body.string.prefix(500))")
        try await send(.GET, "/workspaces")
    }

    /// Signs in through the API, which also hands out the CSRF token.
    func signIn(email: String, password: String = "een lang wachtwoord") async throws {
        let response = try await api(.POST, "/api/v1/session", json: #"{"email": "\#(email)", "password": "\#(password)"}"#)
        #expect(response.status == .ok)
        csrfToken = try? JSONValue.decode(response)["csrfToken"]?.stringValue
    }
}

extension JSONValue {
    static func decode(_ response: TestingHTTPResponse) throws -> JSONValue {
        try #require(JSONValue.parse(Data(buffer: response.body)), "not JSON: \(response.body.string.prefix(300))")
    }
}

extension TestingHTTPResponse {
    var json: JSONValue { (JSONValue.parse(Data(buffer: body))) ?? .null }
    var etag: String? { headers.first(name: .eTag) }
}

/// A workspace with one map, made through the API by a new owner, for tests that need one.
struct Fixture {
    let owner: TestBrowser
    let workspaceID: String
    let mapID: String
    let layerIDs: [String]

    static func make(_ app: Application, email: String = "owner@example.org", language: String = "en") async throws -> Fixture {
        let owner = TestBrowser(app)
        try await owner.signUp(email: email, language: language)
        try await owner.signIn(email: email)
        let workspace = try await owner.api(.POST, "/api/v1/workspaces", json: #"{"name": "vzw Test", "latitude": 50.85, "longitude": 4.33}"#)
        let workspaceID = try #require(workspace.json["id"]?.stringValue)
        let map = try await owner.api(.POST, "/api/v1/workspaces/\(workspaceID)/maps", json: #"{"title": "Buurt"}"#)
        let mapID = try #require(map.json["id"]?.stringValue)
        let layers = try await owner.api(.GET, "/api/v1/maps/\(mapID)/layers")
        let layerIDs = layers.json.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
        return Fixture(owner: owner, workspaceID: workspaceID, mapID: mapID, layerIDs: layerIDs)
    }

    /// Adds a member with `role` through an invitation link accepted by a new account.
    func member(_ role: Role, email: String) async throws -> TestBrowser {
        let invitation = try await owner.api(.POST, "/api/v1/workspaces/\(workspaceID)/members", json: #"{"email": "\#(email)", "role": "\#(role.rawValue)"}"#)
        let link = try #require(invitation.json["link"]?.stringValue)
        let path = String(link[try #require(link.range(of: "/join/")).lowerBound...])
        let person = TestBrowser(owner.app)
        try await person.signUp(email: email)
        try await person.send(.GET, path)
        let accepted = try await person.submit(path, [])
        #expect(accepted.status == .seeOther)
        try await person.signIn(email: email)
        return person
    }

    @discardableResult
    func addActor(_ name: String, layer: Int = 0, extra: String = "") async throws -> JSONValue {
        let response = try await owner.api(.POST, "/api/v1/maps/\(mapID)/actors",
                                           json: #"{"layerId": "\#(layerIDs[layer])", "name": "\#(name)"\#(extra)}"#)
        #expect(response.status == .created, "\(response.body.string)")
        return response.json
    }
}
