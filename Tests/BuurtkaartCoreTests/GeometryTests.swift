import Foundation
import Testing
@testable import BuurtkaartCore

@Suite("GeoJSON geometries")
struct GeometryTests {
    func parse(_ text: String, allowed: Set<Geometry.Kind> = Set(Geometry.Kind.allCases)) throws(GeometryParser.Problem) -> Geometry {
        guard let value = JSONValue.parse(Data(text.utf8)) else { throw .notAnObject }
        return try GeometryParser.parse(value, allowed: allowed)
    }

    @Test("valid geometries are read", arguments: [
        #"{"type":"Point","coordinates":[4.33,50.85]}"#,
        #"{"type":"Point","coordinates":[4.33,50.85,12]}"#,
        #"{"type":"LineString","coordinates":[[4.33,50.85],[4.34,50.86]]}"#,
        #"{"type":"Polygon","coordinates":[[[4.33,50.85],[4.34,50.85],[4.34,50.86],[4.33,50.85]]]}"#,
        #"{"type":"MultiLineString","coordinates":[[[4.33,50.85],[4.34,50.86]]]}"#,
        #"{"type":"MultiPolygon","coordinates":[[[[4.33,50.85],[4.34,50.85],[4.34,50.86],[4.33,50.85]]]]}"#,
    ])
    func valid(text: String) throws {
        let geometry = try parse(text)
        #expect(try parse(geometry.geoJSON) == geometry)
    }

    @Test("invalid geometries are refused with the reason", arguments: [
        (#"[4.33,50.85]"#, GeometryParser.Problem.notAnObject),
        (#"{"type":"Circle","coordinates":[4.33,50.85]}"#, .unsupportedType("Circle", allowed: Set(Geometry.Kind.allCases))),
        (#"{"type":"Point"}"#, .malformedCoordinates),
        (#"{"type":"Point","coordinates":[4.33]}"#, .malformedCoordinates),
        (#"{"type":"Point","coordinates":["4.33","50.85"]}"#, .malformedCoordinates),
        (#"{"type":"Point","coordinates":[4.33,95]}"#, .positionOutOfRange),
        (#"{"type":"Point","coordinates":[-181,50]}"#, .positionOutOfRange),
        (#"{"type":"LineString","coordinates":[[4.33,50.85]]}"#, .tooFewPositions),
        (#"{"type":"Polygon","coordinates":[[[4.33,50.85],[4.34,50.85],[4.33,50.85]]]}"#, .tooFewPositions),
        (#"{"type":"Polygon","coordinates":[[[4.33,50.85],[4.34,50.85],[4.34,50.86],[4.35,50.85]]]}"#, .ringNotClosed),
        (#"{"type":"Polygon","coordinates":[]}"#, .malformedCoordinates),
    ])
    func invalid(text: String, problem: GeometryParser.Problem) {
        #expect(throws: problem) { try parse(text) }
    }

    @Test("an actor may not be a multi-polygon and a boundary may not be a point")
    func allowedKinds() {
        #expect(throws: GeometryParser.Problem.self) {
            try parse(#"{"type":"MultiPolygon","coordinates":[[[[4.33,50.85],[4.34,50.85],[4.34,50.86],[4.33,50.85]]]]}"#, allowed: Geometry.actorKinds)
        }
        #expect(throws: GeometryParser.Problem.self) { try parse(#"{"type":"Point","coordinates":[4.33,50.85]}"#, allowed: Geometry.boundaryKinds) }
    }

    @Test("too many positions are refused")
    func tooMany() {
        let positions = (0...GeometryParser.maximumPositions).map { "[4.\($0 % 1000),50.85]" }.joined(separator: ",")
        #expect(throws: GeometryParser.Problem.tooManyPositions) { try parse(#"{"type":"LineString","coordinates":[\#(positions)]}"#) }
    }

    @Test("a representative point stands for lines and areas")
    func representativePoint() throws {
        let square = try parse(#"{"type":"Polygon","coordinates":[[[4.0,50.0],[4.2,50.0],[4.2,50.2],[4.0,50.2],[4.0,50.0]]]}"#)
        let point = try #require(square.representativePoint)
        #expect(abs(point.latitude - 50.1) < 1e-9 && abs(point.longitude - 4.1) < 1e-9)
    }

    @Test("distances on the earth are right to a metre")
    func distance() {
        let grootEiland = Coordinate(latitude: 50.8510, longitude: 4.3355)
        let oneKilometreNorth = Coordinate(latitude: 50.8510 + 1 / 111.195, longitude: 4.3355)
        #expect(abs(grootEiland.distance(to: oneKilometreNorth) - 1000) < 1)
    }
}
