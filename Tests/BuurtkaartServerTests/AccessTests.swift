import BuurtkaartCore
@testable import BuurtkaartServer
import FluentKit
import Foundation
import Testing
import Vapor
import VaporTesting

@Suite("Every route checks the caller's role")
struct AccessTests {
    /// Writes an editor may make, each as (method, path, body); `{map}`, `{layer}`, `{actor}` are filled in.
    static let editorWrites: [(HTTPMethod, String, String?)] = [
        (.POST, "/api/v1/workspaces/{workspace}/maps", #"{"title": "Nieuw"}"#),
        (.PATCH, "/api/v1/maps/{map}", #"{"title": "Ander"}"#),
        (.POST, "/api/v1/maps/{map}/layers", #"{"name": "Laag"}"#),
        (.PATCH, "/api/v1/layers/{layer}", #"{"name": "Laag 2"}"#),
        (.POST, "/api/v1/maps/{map}/actors", #"{"layerId": "{layer}", "name": "Nieuw"}"#),
        (.PATCH, "/api/v1/actors/{actor}", #"{"name": "Ander"}"#),
        (.DELETE, "/api/v1/actors/{actor}", nil),
        (.POST, "/api/v1/workspaces/{workspace}/symbols", #"{"nameNl": "Eigen", "mark": "E"}"#),
    ]

    static let reads = [
        "/api/v1/workspaces/{workspace}", "/api/v1/workspaces/{workspace}/maps", "/api/v1/workspaces/{workspace}/members",
        "/api/v1/maps/{map}", "/api/v1/maps/{map}/layers", "/api/v1/maps/{map}/actors", "/api/v1/layers/{layer}",
        "/api/v1/actors/{actor}", "/api/v1/workspaces/{workspace}/symbols",
        "/workspaces/{workspace}", "/workspaces/{workspace}/members", "/workspaces/{workspace}/symbols",
        "/maps/{map}", "/maps/{map}/layers", "/actors/{actor}",
    ]

    static let ownerOnly: [(HTTPMethod, String, String?)] = [
        (.PATCH, "/api/v1/workspaces/{workspace}", #"{"name": "Anders"}"#),
        (.POST, "/api/v1/workspaces/{workspace}/members", #"{"email": "x@example.org", "role": "viewer"}"#),
        (.GET, "/api/v1/workspaces/{workspace}/invitations", nil),
        (.GET, "/workspaces/{workspace}/edit", nil),
        (.DELETE, "/api/v1/workspaces/{workspace}", nil),
    ]

    func fill(_ text: String, _ fixture: Fixture, actor: String) -> String {
        text.replacingOccurrences(of: "{workspace}", with: fixture.workspaceID)
            .replacingOccurrences(of: "{map}", with: fixture.mapID)
            .replacingOccurrences(of: "{layer}", with: fixture.layerIDs[0])
            .replacingOccurrences(of: "{actor}", with: actor)
    }

    @Test("a stranger gets 404 for everything in a workspace that is not theirs, and nothing changes")
    func strangers() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app)
            let actor = try #require(try await fixture.addActor("Apotheek")["id"]?.stringValue)
            let stranger = TestBrowser(app)
            try await stranger.signUp(email: "stranger@example.org")
            try await stranger.signIn(email: "stranger@example.org")
            for path in Self.reads {
                let response = try await stranger.api(.GET, fill(path, fixture, actor: actor))
                #expect(response.status == .notFound, "\(path)")
            }
            for (method, path, body) in Self.editorWrites + Self.ownerOnly {
                let response = try await stranger.api(method, fill(path, fixture, actor: actor), json: body.map { fill($0, fixture, actor: actor) }, ifMatch: 1)
                #expect(response.status == .notFound, "\(method) \(path)")
            }
            #expect(try await ActorModel.query(on: app.db).count() == 1)
            #expect(try await ActorModel.query(on: app.db).first()?.name == "Apotheek")
        }
    }

    @Test("a viewer reads everything but cannot write (403)")
    func viewers() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app)
            let actor = try #require(try await fixture.addActor("Apotheek", extra: #", "teamNotes": "Only for us""#)["id"]?.stringValue)
            let viewer = try await fixture.member(.viewer, email: "viewer@example.org")
            for path in Self.reads {
                let response = try await viewer.api(.GET, fill(path, fixture, actor: actor))
                #expect(response.status == .ok, "\(path)")
            }
            #expect(try await viewer.api(.GET, "/api/v1/actors/\(actor)").json["teamNotes"]?.stringValue == "Only for us")
            for (method, path, body) in Self.editorWrites + Self.ownerOnly {
                let response = try await viewer.api(method, fill(path, fixture, actor: actor), json: body.map { fill($0, fixture, actor: actor) }, ifMatch: 1)
                #expect(response.status == .forbidden, "\(method) \(path)")
            }
            #expect(try await ActorModel.query(on: app.db).first()?.name == "Apotheek")
            #expect(try await viewer.send(.GET, "/maps/\(fixture.mapID)/actors/new").status == .forbidden)
        }
    }

    @Test("an editor writes maps, layers and actors but does not manage the workspace")
    func editors() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app)
            let actor = try #require(try await fixture.addActor("Apotheek")["id"]?.stringValue)
            let editor = try await fixture.member(.editor, email: "editor@example.org")
            for (method, path, body) in Self.editorWrites {
                var version: Int?
                if method != .POST {
                    let current = try await editor.api(.GET, fill(path, fixture, actor: actor))
                    version = current.json["version"]?.numberValue.map { Int($0) }
                }
                let response = try await editor.api(method, fill(path, fixture, actor: actor), json: body.map { fill($0, fixture, actor: actor) }, ifMatch: version)
                #expect([.ok, .created, .noContent].contains(response.status), "\(method) \(path): \(response.body.string)")
            }
            for (method, path, body) in Self.ownerOnly {
                let response = try await editor.api(method, fill(path, fixture, actor: actor), json: body.map { fill($0, fixture, actor: actor) }, ifMatch: 1)
                #expect(response.status == .forbidden, "\(method) \(path)")
            }
        }
    }

    @Test("without signing in, the API answers 401 and pages send to the sign-in page")
    func anonymous() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app)
            let anonymous = TestBrowser(app)
            #expect(try await anonymous.api(.GET, "/api/v1/workspaces").status == .unauthorized)
            #expect(try await anonymous.api(.GET, "/api/v1/maps/\(fixture.mapID)").status == .unauthorized)
            let page = try await anonymous.send(.GET, "/maps/\(fixture.mapID)")
            #expect(page.status == .seeOther)
            #expect(page.headers.first(name: .location) == "/login?next=/maps/\(fixture.mapID)")
        }
    }

    @Test("identifiers that are not UUIDs name nothing")
    func malformedIdentifiers() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app)
            for path in ["/api/v1/maps/1", "/api/v1/actors/not-a-uuid", "/maps/abc", "/api/v1/workspaces/0", "/actors/%27%20OR%201=1"] {
                #expect(try await fixture.owner.api(.GET, path).status == .notFound, "\(path)")
            }
            #expect(try await fixture.owner.api(.GET, "/api/v1/actors/../../etc/passwd").status != .ok)
        }
    }

    @Test("the last owner cannot leave nor be demoted; with a second owner they can")
    func lastOwner() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app)
            let members = try await fixture.owner.api(.GET, "/api/v1/workspaces/\(fixture.workspaceID)/members")
            let me = try #require(members.json.arrayValue?.first)
            let id = try #require(me["id"]?.stringValue)
            let version = Int(me["version"]?.numberValue ?? 1)
            let leave = try await fixture.owner.api(.DELETE, "/api/v1/workspaces/\(fixture.workspaceID)/members/\(id)", ifMatch: version)
            #expect(leave.status == .conflict)
            #expect(leave.json["code"]?.stringValue == "error.members.lastOwner")
            let demote = try await fixture.owner.api(.PATCH, "/api/v1/workspaces/\(fixture.workspaceID)/members/\(id)", json: #"{"role": "editor"}"#, ifMatch: version)
            #expect(demote.status == .conflict)
            _ = try await fixture.member(.owner, email: "second@example.org")
            let leaveNow = try await fixture.owner.api(.DELETE, "/api/v1/workspaces/\(fixture.workspaceID)/members/\(id)", ifMatch: version)
            #expect(leaveNow.status == .noContent)
            #expect(try await fixture.owner.api(.GET, "/api/v1/workspaces/\(fixture.workspaceID)").status == .notFound)
        }
    }

    @Test("the HTML page of the last owner shows the refusal when they try to leave")
    func lastOwnerPage() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app)
            let membership = try #require(try await MembershipModel.query(on: app.db).first())
            try await fixture.owner.send(.GET, "/workspaces/\(fixture.workspaceID)/members")
            let response = try await fixture.owner.submit("/workspaces/\(fixture.workspaceID)/members/\(membership.id!.uuidString)/remove", [("version", "1")])
            #expect(response.status == .conflict)
            #expect(response.body.string.contains("A workspace needs at least one owner"))
            #expect(try await MembershipModel.query(on: app.db).count() == 1)
        }
    }
}
