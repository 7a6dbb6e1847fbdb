import BuurtkaartCore
@testable import BuurtkaartServer
import FluentKit
import Foundation
import Testing
import Vapor
import VaporTesting

@Suite("Workspaces, maps and layers")
struct MapAndLayerTests {
    @Test("a new map starts with the twelve layers of the method, in order, named in the creator's language")
    func defaultLayers() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app, language: "nl")
            let created = try await fixture.owner.api(.POST, "/api/v1/workspaces/\(fixture.workspaceID)/maps", json: #"{"title": "Tweede kaart"}"#)
            let mapID = try #require(created.json["id"]?.stringValue)
            let layers = try await fixture.owner.api(.GET, "/api/v1/maps/\(mapID)/layers").json.arrayValue ?? []
            #expect(layers.compactMap { $0["name"]?.stringValue } == [
                "Welzijn en zorg", "Vrije tijd: cultuur, jeugd, sport", "Onderwijs en vorming", "Sociale economie",
                "Lokale handelaars", "Religie", "Lokale overheden", "Publieke ruimte", "Mobiliteit", "Huisvesting",
                "Anderen", "Wat is er niet aanwezig?",
            ])
            #expect(layers.compactMap { $0["position"]?.numberValue } == (0..<12).map(Double.init))
        }
    }

    @Test("layers are added without limit, renamed, recoloured, reordered and deleted")
    func layerLifecycle() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app)
            for index in 0..<15 {
                let added = try await fixture.owner.api(.POST, "/api/v1/maps/\(fixture.mapID)/layers", json: ##"{"name": "Extra \##(index)", "colour": "#123456"}"##)
                #expect(added.status == .created)
            }
            var layers = try await fixture.owner.api(.GET, "/api/v1/maps/\(fixture.mapID)/layers").json.arrayValue ?? []
            #expect(layers.count == 27)
            let last = try #require(layers.last)
            let lastID = try #require(last["id"]?.stringValue)
            #expect(last["position"]?.numberValue == 26)
            let renamed = try await fixture.owner.api(.PATCH, "/api/v1/layers/\(lastID)", json: ##"{"name": "Buurtwerk", "colour": "#FF0000", "symbol": "others.keyFigure"}"##, ifMatch: 1)
            #expect(renamed.status == .ok)
            #expect(renamed.json["colour"]?.stringValue == "#ff0000")
            let reversed = layers.compactMap { $0["id"]?.stringValue }.reversed()
            let order = try await fixture.owner.api(.PUT, "/api/v1/maps/\(fixture.mapID)/layers/order",
                                                    json: #"{"layerIds": [\#(reversed.map { "\"\($0)\"" }.joined(separator: ","))]}"#)
            #expect(order.status == .ok)
            layers = order.json.arrayValue ?? []
            #expect(layers.first?["name"]?.stringValue == "Buurtwerk")
            let partial = try await fixture.owner.api(.PUT, "/api/v1/maps/\(fixture.mapID)/layers/order", json: #"{"layerIds": ["\#(lastID)"]}"#)
            #expect(partial.status == .conflict)
            let version = Int(layers.first?["version"]?.numberValue ?? 0)
            #expect(try await fixture.owner.api(.DELETE, "/api/v1/layers/\(lastID)", ifMatch: version).status == .noContent)
            #expect(try await LayerModel.query(on: app.db).count() == 26)
        }
    }

    @Test("deleting a layer with actors needs a choice: move them or delete them")
    func deleteLayerWithActors() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app)
            try await fixture.addActor("Een", layer: 0)
            try await fixture.addActor("Twee", layer: 0)
            let source = fixture.layerIDs[0], target = fixture.layerIDs[1]
            let refused = try await fixture.owner.api(.DELETE, "/api/v1/layers/\(source)", ifMatch: 1)
            #expect(refused.status == .conflict)
            #expect(refused.json["code"]?.stringValue == "error.layers.notEmpty")
            let moved = try await fixture.owner.api(.DELETE, "/api/v1/layers/\(source)?moveActorsTo=\(target)", ifMatch: 1)
            #expect(moved.status == .noContent)
            let actors = try await ActorModel.query(on: app.db).all()
            #expect(actors.count == 2 && actors.allSatisfy { $0.layerID.uuidString.lowercased() == target && $0.version == 2 })
            let deleted = try await fixture.owner.api(.DELETE, "/api/v1/layers/\(target)?deleteActors=true", ifMatch: 1)
            #expect(deleted.status == .noContent)
            #expect(try await ActorModel.query(on: app.db).count() == 0)
        }
    }

    @Test("the layers page deletes a layer and moves its actors, in plain HTML")
    func deleteLayerPage() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app)
            try await fixture.addActor("Een", layer: 2)
            let page = try await fixture.owner.send(.GET, "/layers/\(fixture.layerIDs[2])/delete")
            #expect(page.body.string.contains("This layer holds 1 actor(s)."))
            let response = try await fixture.owner.submit("/layers/\(fixture.layerIDs[2])/delete",
                                                          [("version", "1"), ("actors", "move"), ("moveActorsTo", fixture.layerIDs[5])])
            #expect(response.status == .seeOther)
            #expect(try await ActorModel.query(on: app.db).first()?.layerID.uuidString.lowercased() == fixture.layerIDs[5])
        }
    }

    @Test("a map's boundary is stored as GeoJSON; an invalid one is refused")
    func boundary() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app)
            let line = #"{"type": "LineString", "coordinates": [[4.33, 50.85], [4.34, 50.86], [4.35, 50.85]]}"#
            let saved = try await fixture.owner.api(.PATCH, "/api/v1/maps/\(fixture.mapID)", json: #"{"boundary": \#(line)}"#, ifMatch: 1)
            #expect(saved.status == .ok)
            #expect(saved.json["boundary"]?["type"]?.stringValue == "LineString")
            let point = try await fixture.owner.api(.PATCH, "/api/v1/maps/\(fixture.mapID)", json: #"{"boundary": {"type": "Point", "coordinates": [4, 50]}}"#, ifMatch: 2)
            #expect(point.status == .unprocessableEntity)
        }
    }

    @Test("deleting a workspace removes its maps, layers and actors")
    func deleteWorkspace() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app)
            try await fixture.addActor("Een")
            let response = try await fixture.owner.api(.DELETE, "/api/v1/workspaces/\(fixture.workspaceID)", ifMatch: 1)
            #expect(response.status == .noContent)
            #expect(try await MapModel.query(on: app.db).count() == 0)
            #expect(try await LayerModel.query(on: app.db).count() == 0)
            #expect(try await ActorModel.query(on: app.db).count() == 0)
            #expect(try await MembershipModel.query(on: app.db).count() == 0)
        }
    }

    @Test("a workspace's own symbol can be used, and cannot be deleted while in use")
    func customSymbols() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app)
            let created = try await fixture.owner.api(.POST, "/api/v1/workspaces/\(fixture.workspaceID)/symbols",
                                                      json: #"{"nameNl": "Buurtmoestuin", "mark": "BM", "cluster": "publicSpace"}"#)
            #expect(created.status == .created)
            let symbolID = try #require(created.json["id"]?.stringValue)
            #expect(symbolID.hasPrefix("custom."))
            #expect(created.json["names"]?["fr"]?.stringValue == "Buurtmoestuin")
            let actor = try await fixture.addActor("Moestuin", extra: #", "symbol": "\#(symbolID)""#)
            #expect(actor["symbol"]?.stringValue == symbolID)
            let inUse = try await fixture.owner.api(.DELETE, "/api/v1/workspaces/\(fixture.workspaceID)/symbols/\(symbolID)", ifMatch: 1)
            #expect(inUse.status == .conflict)
            let image = try await fixture.owner.send(.GET, "/workspaces/\(fixture.workspaceID)/symbols/\(symbolID)/image")
            #expect(image.headers.contentType?.description.hasPrefix("image/svg+xml") == true)
            #expect(image.body.string.contains(">BM</text>"))
        }
    }
}
