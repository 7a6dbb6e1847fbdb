import BuurtkaartCore
@testable import BuurtkaartServer
import FluentKit
import Foundation
import Testing
import Vapor
import VaporTesting

@Suite("The HTML pages work without JavaScript")
struct PageTests {
    /// The path a redirect leads to, without its query.
    func location(_ response: TestingHTTPResponse) -> String {
        String((response.headers.first(name: .location) ?? "").split(separator: "?").first ?? "")
    }

    @Test("styles and scripts come from the public folder, and nothing outside its folders does")
    func staticFiles() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            let styles = try await browser.send(.GET, "/css/app.css")
            #expect(styles.status == .ok)
            #expect(styles.headers.contentType?.subType == "css")
            #expect(try await browser.send(.GET, "/js/map/main.js").status == .ok)
            #expect(try await browser.send(.GET, "/css/../Package.swift").status != .ok)
            #expect(try await browser.send(.GET, "/Package.swift").status == .notFound)
            #expect(try await browser.send(.POST, "/css/app.css").status != .ok)
        }
    }

    @Test("a coordinator creates a workspace, a map and an actor with forms, and sees it in the list")
    func wholeFlowInForms() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            try await browser.signUp(email: "coordinator@example.org", language: "nl")
            try await browser.send(.GET, "/workspaces/new")
            let workspace = try await browser.submit("/workspaces", [
                ("name", "vzw Buurtpunt"), ("address.street", "Kaai"), ("address.number", "3"), ("address.postcode", "1080"),
                ("address.municipality", "Molenbeek"), ("latitude", "50,851"), ("longitude", "4.3355"),
            ])
            #expect(workspace.status == .seeOther)
            let workspacePath = location(workspace)
            try await browser.send(.GET, workspacePath + "/maps/new")
            let map = try await browser.submit(workspacePath + "/maps", [("title", "Onze buurt"), ("focus", "Jonge gezinnen"), ("baseMap", "brusselsUrbis")])
            #expect(map.status == .seeOther)
            let mapPath = location(map)
            let mapPage = try await browser.send(.GET, mapPath)
            #expect(mapPage.body.string.contains("Welzijn en zorg"))
            #expect(mapPage.body.string.contains("Wat is er niet aanwezig?"))
            let layer = try #require(try await LayerModel.query(on: app.db).filter(\.$name == "Publieke ruimte").first())
            let form = try await browser.send(.GET, mapPath + "/actors/new?layer=\(layer.id!.uuidString)")
            #expect(form.status == .ok)
            let actor = try await browser.submit(mapPath + "/actors", [
                ("name", "Pleintje aan de kaai"), ("layerId", layer.id!.uuidString), ("kind", "place"), ("symbol", ""),
                ("status", "current"), ("formality", "informal"), ("latitude", "50.852"), ("longitude", "4.336"),
                ("evaluation.ring", "2"), ("evaluation.reciprocity", "mutual"), ("evaluation.influence", "medium"),
                ("evaluation.tone", "constructive"), ("evaluation.collaborations", "areaOfWork"),
                ("evaluation.collaborations", "recruitment"), ("teamNotes", "Overdag petanque, 's nachts dealers"),
            ])
            #expect(actor.status == .seeOther, "\(actor.body.string.prefix(2000))")
            let stored = try #require(try await ActorModel.query(on: app.db).first())
            #expect(stored.symbol == "publicSpace.park")
            #expect(stored.ring == 2 && stored.tone == "constructive" && stored.collaborations == "recruitment,areaOfWork")
            let list = try await browser.send(.GET, mapPath)
            #expect(list.body.string.contains("Pleintje aan de kaai"))
            let card = try await browser.send(.GET, location(actor))
            #expect(card.body.string.contains("2 nabij"))
            #expect(card.body.string.contains("Wederkerig"))
        }
    }

    @Test("a form with mistakes comes back with every message and the typed values, and saves nothing")
    func formErrors() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app)
            try await fixture.owner.send(.GET, "/maps/\(fixture.mapID)/actors/new")
            let response = try await fixture.owner.submit("/maps/\(fixture.mapID)/actors", [
                ("name", ""), ("layerId", fixture.layerIDs[0]), ("email", "nope"), ("latitude", "95"), ("longitude", "4"),
                ("description", "Mijn tekst blijft staan"),
            ])
            #expect(response.status == .unprocessableEntity)
            let html = response.body.string
            #expect(html.contains("This field is required."))
            #expect(html.contains("This is not an e-mail address."))
            #expect(html.contains("This must be between -90 and 90."))
            #expect(html.contains("Mijn tekst blijft staan"))
            #expect(html.contains(#"aria-invalid="true""#))
            #expect(try await ActorModel.query(on: app.db).count() == 0)
        }
    }

    @Test("names with HTML or script are stored as typed and always shown escaped")
    func escaping() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app)
            let evil = #"<script>alert("x")</script><img src=x onerror=alert(1)>"#
            let escaped = #"{"layerId": "\#(fixture.layerIDs[0])", "name": "\#(evil.replacingOccurrences(of: "\"", with: "\\\""))", "description": "<b>bold</b>"}"#
            let created = try await fixture.owner.api(.POST, "/api/v1/maps/\(fixture.mapID)/actors", json: escaped)
            #expect(created.status == .created)
            let id = try #require(created.json["id"]?.stringValue)
            #expect(try await ActorModel.query(on: app.db).first()?.name == evil)
            for path in ["/maps/\(fixture.mapID)", "/actors/\(id)", "/actors/\(id)/edit", "/actors/\(id)/delete"] {
                let html = try await fixture.owner.send(.GET, path).body.string
                #expect(!html.contains("<script>alert"), "\(path)")
                #expect(!html.contains("<img src=x"), "\(path)")
                #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"), "\(path)")
            }
            let page = try await fixture.owner.send(.GET, "/actors/\(id)")
            #expect(page.headers.first(name: "Content-Security-Policy")?.contains("script-src 'self'") == true)
        }
    }

    @Test("a stale form save shows both versions and keeps what was typed")
    func staleForm() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app)
            let id = try #require(try await fixture.addActor("Bibliotheek")["id"]?.stringValue)
            #expect(try await fixture.owner.api(.PATCH, "/api/v1/actors/\(id)", json: #"{"name": "Bibliotheek Kanaal"}"#, ifMatch: 1).status == .ok)
            try await fixture.owner.send(.GET, "/actors/\(id)/edit")
            let response = try await fixture.owner.submit("/actors/\(id)/edit", [
                ("version", "1"), ("name", "Bib De Sluis"), ("layerId", fixture.layerIDs[0]), ("kind", "organisation"),
            ])
            #expect(response.status == .conflict)
            let html = response.body.string
            #expect(html.contains("Someone else saved first"))
            #expect(html.contains("Bibliotheek Kanaal"))
            #expect(html.contains("Bib De Sluis"))
            #expect(try await ActorModel.query(on: app.db).first()?.name == "Bibliotheek Kanaal")
        }
    }

    @Test("an owner invites a colleague as editor in HTML; the colleague accepts after signing up")
    func invitationsInHTML() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app)
            try await fixture.owner.send(.GET, "/workspaces/\(fixture.workspaceID)/members")
            let invited = try await fixture.owner.submit("/workspaces/\(fixture.workspaceID)/members/invite", [("email", "Colleague@Example.org"), ("role", "editor")])
            #expect(invited.status == .ok)
            #expect(invited.body.string.contains("/join/"))
            let colleague = TestBrowser(app)
            try await colleague.signUp(email: "colleague@example.org")
            let list = try await colleague.send(.GET, "/workspaces")
            #expect(list.body.string.contains("You are invited to vzw Test as Editor."))
            let invitation = try #require(try await InvitationModel.query(on: app.db).first())
            let accepted = try await colleague.submit("/invitations/\(invitation.id!.uuidString)/accept", [])
            #expect(accepted.status == .seeOther)
            let membership = try await MembershipModel.query(on: app.db).filter(\.$role == "editor").first()
            #expect(membership != nil)
            let mapPage = try await colleague.send(.GET, "/maps/\(fixture.mapID)")
            #expect(mapPage.status == .ok)
            #expect(mapPage.body.string.contains("Add actor or place"))
        }
    }

    @Test("the demo copy holds vzw Vaneir with about forty evaluated actors")
    func demoCopy() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            try await browser.signUp(email: "new@example.org")
            let response = try await browser.submit("/workspaces/demo", [])
            #expect(response.status == .seeOther)
            let workspace = try #require(try await WorkspaceModel.query(on: app.db).first())
            #expect(workspace.name.contains("Vaneir"))
            #expect(workspace.isDemo)
            let actors = try await ActorModel.query(on: app.db).all()
            #expect(actors.count >= 35)
            #expect(actors.filter { $0.ring != nil && $0.reciprocity != nil && $0.influence != nil && $0.tone != nil }.count >= 30)
            #expect(try await LayerModel.query(on: app.db).count() == 12)
            let page = try await browser.send(.GET, location(response))
            #expect(page.status == .ok)
        }
    }

    @Test("the pages hold no inline scripts or styles, so the strict content policy never breaks them")
    func noInlineCode() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app)
            let id = try #require(try await fixture.addActor("Park")["id"]?.stringValue)
            for path in ["/", "/login", "/signup", "/workspaces", "/workspaces/\(fixture.workspaceID)", "/workspaces/\(fixture.workspaceID)/members",
                         "/workspaces/\(fixture.workspaceID)/symbols", "/maps/\(fixture.mapID)", "/maps/\(fixture.mapID)/layers",
                         "/maps/\(fixture.mapID)/edit", "/actors/\(id)", "/actors/\(id)/edit", "/account"] {
                let response = try await fixture.owner.send(.GET, path)
                #expect([.ok, .seeOther].contains(response.status), "\(path)")
                let html = response.body.string
                #expect(!html.contains(" style=\""), "\(path)")
                #expect(!html.contains("<script>"), "\(path)")
                #expect(!html.contains(" onclick="), "\(path)")
            }
        }
    }

    @Test("a page that does not exist answers 404 in the reader's language")
    func notFoundPage() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            browser.language = "fr"
            let response = try await browser.send(.GET, "/does/not/exist")
            #expect(response.status == .notFound)
            #expect(response.body.string.contains(#"<html lang="fr">"#))
            let api = try await browser.send(.GET, "/api/v1/nothing")
            #expect(api.status == .notFound)
            #expect(api.headers.contentType?.subType == "problem+json")
        }
    }

    @Test("catalogue symbols are served as SVG in the asked colour; anything else is 404")
    func symbolImages() async throws {
        try await withTestApp { app in
            let response = try await app.testing().sendRequest(.GET, "/symbols/welfare.pharmacy.svg?colour=%23d6336c")
            #expect(response.status == .ok)
            #expect(response.body.string.contains(##"stroke="#d6336c""##))
            let injected = try await app.testing().sendRequest(.GET, "/symbols/welfare.pharmacy.svg?colour=red%22%3E%3Cscript%3E")
            #expect(!injected.body.string.contains("<script>"))
            #expect(try await app.testing().sendRequest(.GET, "/symbols/nope.svg").status == .notFound)
        }
    }
}
