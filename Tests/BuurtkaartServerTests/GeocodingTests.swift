import BuurtkaartCore
@testable import BuurtkaartServer
import Foundation
import NIOConcurrencyHelpers
import Testing
import Vapor
import VaporTesting

/// A stand-in for a Nominatim service, answering on 127.0.0.1 as the real one would.
final class NominatimStub: @unchecked Sendable {
    let app: Application
    let port: Int
    private let requests = NIOLockedValueBox<[(query: String, userAgent: String, at: Date)]>([])

    init() async throws {
        app = try await Application.make(.testing)
        app.logger.logLevel = .error
        port = Int.random(in: 30_000..<60_000)
        app.http.server.configuration.hostname = "127.0.0.1"
        app.http.server.configuration.port = port
        let requests = self.requests
        app.get("search") { req -> Response in
            let query = req.query[String.self, at: "q"] ?? ""
            requests.withLockedValue { $0.append((query, req.headers.first(name: .userAgent) ?? "", Date())) }
            let body = query.lowercased().contains("nergens") ? "[]" : """
                [{"lat": "50.8512", "lon": "4.3361", "display_name": "34, Scheikundestraat, Sint-Jans-Molenbeek, 1080, België",
                  "address": {"house_number": "34", "road": "Scheikundestraat", "city": "Sint-Jans-Molenbeek", "postcode": "1080"}},
                 {"lat": "50.8515", "lon": "4.3370", "display_name": "Scheikundestraat, Sint-Jans-Molenbeek",
                  "address": {"road": "Scheikundestraat", "city": "Sint-Jans-Molenbeek"}}]
                """
            let response = Response(status: .ok, body: .init(string: body))
            response.headers.contentType = .json
            return response
        }
        try await app.server.start()
    }

    var received: [(query: String, userAgent: String, at: Date)] { requests.withLockedValue { $0 } }

    func stop() async throws {
        await app.server.shutdown()
        try await app.asyncShutdown()
    }
}

@Suite("Searching addresses")
struct GeocodingTests {
    @Test("an address search asks the Nominatim service politely, ranks matches by quality and remembers answers")
    func search() async throws {
        let stub = try await NominatimStub()
        do {
            try await withTestApp(configure: { $0.nominatimURL = "http://127.0.0.1:\(stub.port)" }) { app in
                let fixture = try await Fixture.make(app)
                let first = try await fixture.owner.api(.GET, "/api/v1/geocode?map=\(fixture.mapID)&q=Scheikundestraat%2034")
                #expect(first.status == .ok)
                let results = first.json.arrayValue ?? []
                #expect(results.count == 2)
                #expect(results.first?["quality"]?.stringValue == "exact")
                #expect(results.first?["address"]?["number"]?.stringValue == "34")
                #expect(results.last?["quality"]?.stringValue == "street")
                _ = try await fixture.owner.api(.GET, "/api/v1/geocode?map=\(fixture.mapID)&q=Scheikundestraat%2034")
                #expect(stub.received.count == 1)
                #expect(stub.received.first?.userAgent.hasPrefix("Buurtkaart/") == true)
                let empty = try await fixture.owner.api(.GET, "/api/v1/geocode?q=nergens")
                #expect(empty.json.arrayValue?.isEmpty == true)
                let times = stub.received.map(\.at)
                #expect(times.count == 2)
                #expect(times[1].timeIntervalSince(times[0]) >= 0.95)
                #expect(try await fixture.owner.api(.GET, "/api/v1/geocode?q=x").status == .unprocessableEntity)
                #expect(try await TestBrowser(app).api(.GET, "/api/v1/geocode?q=Scheikundestraat").status == .unauthorized)
            }
        } catch {
            try await stub.stop()
            throw error
        }
        try await stub.stop()
    }

    @Test("when address search is turned off the answer says so")
    func turnedOff() async throws {
        try await withTestApp(configure: { $0.nominatimURL = nil }) { app in
            let fixture = try await Fixture.make(app)
            let response = try await fixture.owner.api(.GET, "/api/v1/geocode?q=Scheikundestraat")
            #expect(response.status == .conflict)
            #expect(response.json["code"]?.stringValue == "error.geocode.unavailable")
        }
    }
}
