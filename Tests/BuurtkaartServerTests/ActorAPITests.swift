import BuurtkaartCore
@testable import BuurtkaartServer
import FluentKit
import Foundation
import Testing
import Vapor
import VaporTesting

@Suite("The actors API: versions, validation and lists")
struct ActorAPITests {
    @Test("an actor is created, read with its ETag, changed with If-Match and deleted")
    func lifecycle() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app)
            let created = try await fixture.owner.api(.POST, "/api/v1/maps/\(fixture.mapID)/actors", json: """
                {"layerId": "\(fixture.layerIDs[0])", "name": "Huisarts De Sluis", "kind": "service",
                 "geometry": {"type": "Point", "coordinates": [4.3355, 50.851]},
                 "evaluation": {"ring": 2, "reciprocity": "mutual", "influence": "high", "tone": "constructive"}}
                """)
            #expect(created.status == .created)
            #expect(created.etag == "\"1\"")
            let id = try #require(created.json["id"]?.stringValue)
            #expect(UUID(uuidString: id) != nil)
            #expect(created.headers.first(name: .location) == "/api/v1/actors/\(id)")
            #expect(created.json["symbol"]?.stringValue == "welfare.communityHealth")

            let read = try await fixture.owner.api(.GET, "/api/v1/actors/\(id)")
            #expect(read.etag == "\"1\"")
            #expect(read.json["evaluation"]?["ring"]?.numberValue == 2)

            let changed = try await fixture.owner.api(.PATCH, "/api/v1/actors/\(id)", json: #"{"name": "Huisartsenpraktijk De Sluis", "evaluation": {"ring": 1}}"#, ifMatch: 1)
            #expect(changed.status == .ok)
            #expect(changed.etag == "\"2\"")
            #expect(changed.json["name"]?.stringValue == "Huisartsenpraktijk De Sluis")
            #expect(changed.json["evaluation"]?["ring"]?.numberValue == 1)
            #expect(changed.json["evaluation"]?["tone"]?.stringValue == "constructive")
            #expect(changed.json["kind"]?.stringValue == "service")

            let deleted = try await fixture.owner.api(.DELETE, "/api/v1/actors/\(id)", ifMatch: 2)
            #expect(deleted.status == .noContent)
            #expect(try await fixture.owner.api(.GET, "/api/v1/actors/\(id)").status == .notFound)
        }
    }

    @Test("a stale write gets 409 with the current version, and nothing is overwritten")
    func staleWrite() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app)
            let id = try #require(try await fixture.addActor("Bakkerij")["id"]?.stringValue)
            let colleague = try await fixture.member(.editor, email: "colleague@example.org")
            #expect(try await colleague.api(.PATCH, "/api/v1/actors/\(id)", json: #"{"name": "Bakkerij Al Amal"}"#, ifMatch: 1).status == .ok)
            let stale = try await fixture.owner.api(.PATCH, "/api/v1/actors/\(id)", json: #"{"name": "Bakker"}"#, ifMatch: 1)
            #expect(stale.status == .conflict)
            #expect(stale.json["currentVersion"]?.numberValue == 2)
            #expect(stale.json["current"]?["name"]?.stringValue == "Bakkerij Al Amal")
            #expect(stale.etag == "\"2\"")
            let staleDelete = try await fixture.owner.api(.DELETE, "/api/v1/actors/\(id)", ifMatch: 1)
            #expect(staleDelete.status == .conflict)
            #expect(try await ActorModel.query(on: app.db).first()?.name == "Bakkerij Al Amal")
        }
    }

    @Test("a write without If-Match is refused with 428")
    func ifMatchRequired() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app)
            let id = try #require(try await fixture.addActor("Bakkerij")["id"]?.stringValue)
            let response = try await fixture.owner.api(.PATCH, "/api/v1/actors/\(id)", json: #"{"name": "X"}"#)
            #expect(response.status == .preconditionRequired)
            #expect(try await fixture.owner.api(.DELETE, "/api/v1/actors/\(id)").status == .preconditionRequired)
            #expect(try await ActorModel.query(on: app.db).first()?.name == "Bakkerij")
        }
    }

    @Test("of many editors saving the same version at once, exactly one wins")
    func concurrentWrites() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app)
            let id = try #require(try await fixture.addActor("Plein")["id"]?.stringValue)
            let owner = fixture.owner
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for index in 0..<8 {
                    group.addTask {
                        try await owner.api(.PATCH, "/api/v1/actors/\(id)", json: #"{"name": "Plein \#(index)"}"#, ifMatch: 1).status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == .ok }.count == 1)
            #expect(statuses.filter { $0 == .conflict }.count == 7)
            let stored = try #require(try await ActorModel.query(on: app.db).first())
            #expect(stored.version == 2)
        }
    }

    @Test("bad input gets a clear message per field, in the caller's language, and changes nothing", arguments: [
        (#"{"layerId": "{layer}", "name": "x", "evaluation": {"ring": "close"}}"#, 422, "evaluation.ring"),
        (#"{"layerId": "{layer}", "name": "\#(String(repeating: "a", count: 201))"}"#, 422, "name"),
        (#"{"layerId": "{layer}", "name": "x", "status": "sleeping"}"#, 422, "status"),
        (#"{"layerId": "{layer}", "name": "x", "geometry": {"type": "Point", "coordinates": [4.3, 95]}}"#, 422, "geometry"),
        (#"{"layerId": "{layer}", "name": "x", "geometry": {"type": "Polygon", "coordinates": [[[4.3, 50.8], [4.4, 50.8]]]}}"#, 422, "geometry"),
        (#"{"layerId": "{layer}", "name": 12}"#, 422, "name"),
        (#"{"layerId": "{layer}", "name": "x", "rng": 2}"#, 422, "rng"),
        (#"{"layerId": "9b2f7c6e-0000-4000-8000-000000000000", "name": "x"}"#, 422, "layerId"),
        (#"{"layerId": "{layer}", "name": "x""#, 400, ""),
        (#"[1, 2]"#, 422, ""),
        (#""#, 400, ""),
    ])
    func badInput(body: String, status: Int, field: String) async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app, language: "fr")
            let response = try await fixture.owner.api(.POST, "/api/v1/maps/\(fixture.mapID)/actors",
                                                       json: body.replacingOccurrences(of: "{layer}", with: fixture.layerIDs[0]))
            #expect(Int(response.status.code) == status)
            #expect(response.headers.contentType?.subType == "problem+json")
            #expect(response.headers.first(name: .contentLanguage) == "fr")
            let problem = response.json
            let detail = problem["detail"]?.stringValue ?? ""
            #expect(!detail.isEmpty && detail == Localizer.text(problem["code"]?.stringValue ?? "", in: .french, [:]) || detail.contains("JSON"))
            if !field.isEmpty {
                let errors = problem["errors"]?.arrayValue ?? []
                let error = try #require(errors.first { $0["field"]?.stringValue == field }, "\(problem.encodedString())")
                let detail = try #require(error["detail"]?.stringValue)
                let code = try #require(error["code"]?.stringValue)
                #expect(detail != code && !detail.isEmpty)
                #expect(detail == Localizer.text(code, in: .french, [:]) || detail.contains(" "))
            }
            #expect(try await ActorModel.query(on: app.db).count() == 0)
        }
    }

    @Test("a body over the limit is refused with 413")
    func bodyTooLarge() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app)
            let huge = String(repeating: "a", count: 1_200_000)
            let response = try await fixture.owner.api(.POST, "/api/v1/maps/\(fixture.mapID)/actors",
                                                       json: #"{"layerId": "\#(fixture.layerIDs[0])", "name": "x", "description": "\#(huge)"}"#)
            #expect(response.status == .payloadTooLarge)
            #expect(response.headers.contentType?.subType == "problem+json")
            #expect(try await ActorModel.query(on: app.db).count() == 0)
        }
    }

    @Test("a bad patch leaves the actor as it was")
    func badPatch() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app)
            let id = try #require(try await fixture.addActor("Apotheek")["id"]?.stringValue)
            let response = try await fixture.owner.api(.PATCH, "/api/v1/actors/\(id)", json: #"{"name": "", "tone": "green"}"#, ifMatch: 1)
            #expect(response.status == .unprocessableEntity)
            let stored = try #require(try await ActorModel.query(on: app.db).first())
            #expect(stored.name == "Apotheek" && stored.version == 1)
        }
    }

    @Test("actors are listed a page at a time and filtered by layer, status, ring, tone and name")
    func listAndFilter() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app)
            try await fixture.addActor("Alfa", layer: 0, extra: #", "status": "dormant", "evaluation": {"ring": 1, "tone": "constructive"}"#)
            try await fixture.addActor("Bravo", layer: 0, extra: #", "evaluation": {"ring": 4, "tone": "conflictual"}"#)
            try await fixture.addActor("charlie", layer: 1, extra: #", "evaluation": {"ring": 1, "tone": "neutral"}"#)
            try await fixture.addActor("Delta", layer: 1)
            func names(_ query: String) async throws -> [String] {
                let response = try await fixture.owner.api(.GET, "/api/v1/maps/\(fixture.mapID)/actors?\(query)")
                #expect(response.status == .ok, "\(query): \(response.body.string)")
                return response.json["items"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
            }
            #expect(try await names("") == ["Alfa", "Bravo", "charlie", "Delta"])
            #expect(try await names("layer=\(fixture.layerIDs[1])") == ["charlie", "Delta"])
            #expect(try await names("status=dormant") == ["Alfa"])
            #expect(try await names("ring=1") == ["Alfa", "charlie"])
            #expect(try await names("ring=none") == ["Delta"])
            #expect(try await names("ring=4,none") == ["Bravo", "Delta"])
            #expect(try await names("tone=conflictual&tone=neutral") == ["Bravo", "charlie"])
            #expect(try await names("q=AR") == ["charlie"])
            #expect(try await names("q=%25") == [])
            let page = try await fixture.owner.api(.GET, "/api/v1/maps/\(fixture.mapID)/actors?limit=2&offset=1")
            #expect(page.json["total"]?.numberValue == 4)
            #expect(page.json["items"]?.arrayValue?.compactMap { $0["name"]?.stringValue } == ["Bravo", "charlie"])
            #expect(page.headers.first(name: .link)?.contains("offset=3") == true)
            let bad = try await fixture.owner.api(.GET, "/api/v1/maps/\(fixture.mapID)/actors?ring=7&limit=0")
            #expect(bad.status == .unprocessableEntity)
            #expect(Set(bad.json["errors"]?.arrayValue?.compactMap { $0["field"]?.stringValue } ?? []) == ["ring", "limit"])
        }
    }
}
