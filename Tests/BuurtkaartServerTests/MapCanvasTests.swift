import BuurtkaartCore
@testable import BuurtkaartServer
import FluentKit
import Foundation
import NIOCore
import Testing
import Vapor
import VaporTesting

@Suite("The geographic map: features, deletion with undo, boundary, table and CSV")
struct MapCanvasTests {
    @Test("the features of a map are GeoJSON with an ETag; an unchanged map answers 304 and a change gives a new tag")
    func features() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app)
            let actor = try await fixture.addActor("Apotheek", extra: #", "geometry": {"type": "Point", "coordinates": [4.33, 50.85]}, "evaluation": {"ring": 2, "tone": "constructive"}"#)
            try await fixture.addActor("Online groep")
            let first = try await fixture.owner.api(.GET, "/api/v1/maps/\(fixture.mapID)/features")
            #expect(first.status == .ok)
            #expect(first.headers.contentType?.subType == "geo+json")
            let collection = first.json
            #expect(collection["type"]?.stringValue == "FeatureCollection")
            let features = collection["features"]?.arrayValue ?? []
            #expect(features.count == 2)
            let apotheek = try #require(features.first { $0["properties"]?["name"]?.stringValue == "Apotheek" })
            #expect(apotheek["geometry"]?["type"]?.stringValue == "Point")
            #expect(apotheek["properties"]?["ring"]?.numberValue == 2)
            #expect(apotheek["properties"]?["layerId"]?.stringValue == fixture.layerIDs[0])
            #expect(features.contains { $0["geometry"] == .null })
            let etag = try #require(first.etag)
            let again = try await fixture.owner.send(.GET, "/api/v1/maps/\(fixture.mapID)/features", headers: ["If-None-Match": etag])
            #expect(again.status == .notModified)
            let id = try #require(actor["id"]?.stringValue)
            #expect(try await fixture.owner.api(.PATCH, "/api/v1/actors/\(id)", json: #"{"name": "Apotheek Kanaal"}"#, ifMatch: 1).status == .ok)
            let changed = try await fixture.owner.send(.GET, "/api/v1/maps/\(fixture.mapID)/features", headers: ["If-None-Match": etag])
            #expect(changed.status == .ok)
            #expect(changed.etag != etag)
            #expect(changed.body.string.contains("Apotheek Kanaal"))
        }
    }

    @Test("the features are sent gzip-compressed to browsers that accept it")
    func gzipFeatures() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app)
            for index in 0..<20 { try await fixture.addActor("Actor \(index)", layer: index % 3) }
            let response = try await fixture.owner.send(.GET, "/api/v1/layers/\(fixture.layerIDs[0])/features", headers: ["Accept-Encoding": "gzip, br"])
            #expect(response.headers.first(name: .contentEncoding) == "gzip")
            let bytes = Array(response.body.readableBytesView)
            #expect(bytes.starts(with: [0x1F, 0x8B]))
            let plain = try await fixture.owner.send(.GET, "/api/v1/layers/\(fixture.layerIDs[0])/features")
            #expect(plain.json["features"]?.arrayValue?.count == 7)
        }
    }

    @Test("features are for members only")
    func featuresPrivate() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app)
            let stranger = TestBrowser(app)
            try await stranger.signUp(email: "stranger@example.org")
            #expect(try await stranger.send(.GET, "/api/v1/maps/\(fixture.mapID)/features").status == .notFound)
            #expect(try await stranger.send(.GET, "/api/v1/layers/\(fixture.layerIDs[0])/features").status == .notFound)
            #expect(try await TestBrowser(app).send(.GET, "/api/v1/maps/\(fixture.mapID)/features").status == .unauthorized)
        }
    }

    @Test("a deleted actor disappears everywhere and comes back with undo, at its next version")
    func deleteAndRestore() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app)
            let id = try #require(try await fixture.addActor("Buurtcomité")["id"]?.stringValue)
            let deleted = try await fixture.owner.api(.DELETE, "/api/v1/actors/\(id)", ifMatch: 1)
            #expect(deleted.status == .noContent)
            #expect(deleted.etag == "\"2\"")
            #expect(try await fixture.owner.api(.GET, "/api/v1/actors/\(id)").status == .notFound)
            #expect(try await fixture.owner.api(.GET, "/api/v1/maps/\(fixture.mapID)/actors").json["total"]?.numberValue == 0)
            #expect(try await fixture.owner.api(.GET, "/api/v1/maps/\(fixture.mapID)/features").json["features"]?.arrayValue?.isEmpty == true)
            #expect(try await fixture.owner.api(.PATCH, "/api/v1/actors/\(id)", json: #"{"name": "x"}"#, ifMatch: 2).status == .notFound)
            let stale = try await fixture.owner.api(.POST, "/api/v1/actors/\(id)/restore", ifMatch: 1)
            #expect(stale.status == .conflict)
            let restored = try await fixture.owner.api(.POST, "/api/v1/actors/\(id)/restore", ifMatch: 2)
            #expect(restored.status == .ok)
            #expect(restored.json["version"]?.numberValue == 3)
            #expect(try await fixture.owner.api(.GET, "/api/v1/actors/\(id)").status == .ok)
            let viewer = try await fixture.member(.viewer, email: "viewer@example.org")
            #expect(try await viewer.api(.DELETE, "/api/v1/actors/\(id)", ifMatch: 3).status == .forbidden)
        }
    }

    @Test("deleting a layer moves also its deleted actors, so their undo still works")
    func deletedActorsFollowTheirLayer() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app)
            let id = try #require(try await fixture.addActor("Weg", layer: 0)["id"]?.stringValue)
            #expect(try await fixture.owner.api(.DELETE, "/api/v1/actors/\(id)", ifMatch: 1).status == .noContent)
            let moved = try await fixture.owner.api(.DELETE, "/api/v1/layers/\(fixture.layerIDs[0])?moveActorsTo=\(fixture.layerIDs[1])", ifMatch: 1)
            #expect(moved.status == .noContent)
            let restored = try await fixture.owner.api(.POST, "/api/v1/actors/\(id)/restore", ifMatch: 3)
            #expect(restored.status == .ok)
            #expect(restored.json["layerId"]?.stringValue == fixture.layerIDs[1])
        }
    }

    @Test("a boundary is an open line, a polygon or a circle of 500 m to 3 km around the organisation", arguments: [
        (#"{"boundary": {"type": "LineString", "coordinates": [[4.33, 50.85], [4.34, 50.86]]}, "boundaryName": "Kanaalwijk"}"#, 200, "line"),
        (#"{"boundary": {"type": "Polygon", "coordinates": [[[4.33, 50.85], [4.34, 50.85], [4.34, 50.86], [4.33, 50.85]]]}}"#, 200, "polygon"),
        (#"{"boundaryRadius": 1500, "boundaryName": "Binnen 1,5 km"}"#, 200, "radius"),
        (#"{"boundaryRadius": 400}"#, 422, ""),
        (#"{"boundaryRadius": 3500}"#, 422, ""),
    ])
    func boundaries(body: String, status: Int, shape: String) async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app)
            let response = try await fixture.owner.api(.PATCH, "/api/v1/maps/\(fixture.mapID)", json: body, ifMatch: 1)
            #expect(Int(response.status.code) == status, "\(response.body.string)")
            guard status == 200 else { return }
            #expect(response.json["boundaryShape"]?.stringValue == shape)
            if shape == "radius" {
                #expect(response.json["boundaryRadius"]?.numberValue == 1500)
                #expect(response.json["boundaryName"]?.stringValue == "Binnen 1,5 km")
                let ring = try #require(response.json["boundary"]?["coordinates"]?.arrayValue?.first?.arrayValue)
                let centre = Coordinate(latitude: 50.85, longitude: 4.33)
                for position in ring {
                    let point = Coordinate(latitude: position.arrayValue?[1].numberValue ?? 0, longitude: position.arrayValue?[0].numberValue ?? 0)
                    #expect(abs(point.distance(to: centre) - 1500) < 5)
                }
                // Changing the title keeps the circle.
                let renamed = try await fixture.owner.api(.PATCH, "/api/v1/maps/\(fixture.mapID)", json: #"{"title": "Andere titel"}"#, ifMatch: 2)
                #expect(renamed.json["boundaryShape"]?.stringValue == "radius")
            }
        }
    }

    @Test("a circle needs the organisation's position")
    func radiusWithoutPosition() async throws {
        try await withTestApp { app in
            let owner = TestBrowser(app)
            try await owner.signUp(email: "nopos@example.org")
            try await owner.signIn(email: "nopos@example.org")
            let workspace = try await owner.api(.POST, "/api/v1/workspaces", json: #"{"name": "Zonder positie"}"#)
            let map = try await owner.api(.POST, "/api/v1/workspaces/\(workspace.json["id"]?.stringValue ?? "")/maps", json: #"{"title": "K", "boundaryRadius": 1000}"#)
            #expect(map.status == .unprocessableEntity)
            #expect(map.json["errors"]?.arrayValue?.first?["code"]?.stringValue == "error.map.radiusNeedsPosition")
        }
    }

    @Test("the table sorts by any column and downloads as CSV in the reader's language")
    func tableAndCSV() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app, language: "nl")
            try await fixture.addActor("Bravo", extra: #", "evaluation": {"ring": 3}, "phone": "+32 2 123 45 67""#)
            try await fixture.addActor("alfa", extra: #", "evaluation": {"ring": 1}, "description": "Zegt \"hallo\"; en meer""#)
            try await fixture.addActor("=1+2", extra: #", "evaluation": {"ring": 2}"#)
            let table = try await fixture.owner.send(.GET, "/maps/\(fixture.mapID)/table?sort=ring&dir=desc")
            #expect(table.status == .ok)
            let html = table.body.string
            let bravo = try #require(html.range(of: ">Bravo<")), alfa = try #require(html.range(of: ">alfa<"))
            #expect(bravo.lowerBound < alfa.lowerBound)
            #expect(html.contains(#"aria-sort="descending""#))
            #expect(html.contains(#"data-field="evaluation.ring""#))
            let csv = try await fixture.owner.send(.GET, "/maps/\(fixture.mapID)/export.csv?sort=name")
            #expect(csv.headers.contentType?.description.hasPrefix("text/csv") == true)
            #expect(csv.headers.first(name: .contentDisposition)?.contains("Buurt.csv") == true)
            let text = csv.body.string
            #expect(text.hasPrefix("\u{FEFF}id;Naam;Laag;"))
            let lines = text.dropFirst().components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(lines.count == 4)
            #expect(text.contains("\"Zegt \"\"hallo\"\"; en meer\""))
            #expect(text.contains(";'=1+2;"))
            #expect(text.contains("+32 2 123 45 67"))
            #expect(text.contains(";1 ") == false)
        }
    }

    @Test("the map page embeds its data for the script and loads Leaflet from Debian's files when installed")
    func mapPageLocalLeaflet() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("js-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("leaflet"), withIntermediateDirectories: true)
        for file in LeafletAssets.files {
            try Data("/* \(file) */".utf8).write(to: folder.appendingPathComponent("leaflet/\(file)"))
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        try await withTestApp(configure: { $0.systemJavaScriptDirectory = folder.path }) { app in
            let fixture = try await Fixture.make(app)
            try await fixture.addActor("<script>alert(1)</script>")
            let page = try await fixture.owner.send(.GET, "/maps/\(fixture.mapID)")
            let html = page.body.string
            #expect(html.contains(#"src="/vendor/leaflet/leaflet.js""#))
            #expect(html.contains(#"<script type="application/json" id="map-data">"#))
            let start = try #require(html.range(of: #"id="map-data">"#)?.upperBound)
            let end = try #require(html[start...].range(of: "</script>")?.lowerBound)
            let data = try #require(JSONValue.parse(String(html[start..<end])))
            #expect(data["role"]?.stringValue == "owner")
            #expect(data["layers"]?.arrayValue?.count == 12)
            #expect(data["tiles"]?["url"]?.stringValue == "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
            #expect(data["symbols"]?["welfare.pharmacy"]?["glyph"]?.stringValue?.isEmpty == false)
            #expect(data["texts"]?["map.undo"]?.stringValue == "Undo")
            #expect(!html.contains("<script>alert(1)"))
            let csp = try #require(page.headers.first(name: "Content-Security-Policy"))
            #expect(!csp.contains("unpkg"))
            let vendor = try await fixture.owner.send(.GET, "/vendor/leaflet/leaflet.js")
            #expect(vendor.body.string == "/* leaflet.js */")
            let traversal = try await fixture.owner.send(.GET, "/vendor/leaflet/..%2F..%2Fetc%2Fpasswd")
            #expect(traversal.status != .ok && !traversal.body.string.contains("root:"))
            #expect(try await fixture.owner.send(.GET, "/vendor/leaflet/README").status == .notFound)
        }
    }

    @Test("without Debian's Leaflet the page loads it from a CDN with integrity hashes, and the policy allows just that")
    func mapPageCDNLeaflet() async throws {
        try await withTestApp(configure: { $0.systemJavaScriptDirectory = "/nonexistent" }) { app in
            let fixture = try await Fixture.make(app)
            let page = try await fixture.owner.send(.GET, "/maps/\(fixture.mapID)")
            let html = page.body.string
            #expect(html.contains(#"src="https://unpkg.com/leaflet@1.7.1/dist/leaflet.js" integrity="sha512-"#))
            #expect(html.contains(#"leaflet.markercluster/1.5.3/leaflet.markercluster.js" integrity="sha512-"#))
            let csp = try #require(page.headers.first(name: "Content-Security-Policy"))
            #expect(csp.contains("script-src 'self' https://unpkg.com https://cdnjs.cloudflare.com"))
            #expect(!csp.contains("unsafe-inline"))
        }
    }
}
