/// A GeoJSON geometry (RFC 7946) of the kinds Buurtkaart draws: a place is a point, a route
/// a line, an area or a neighbourhood boundary a polygon. Positions are stored as given
/// (longitude, latitude), altitude dropped.
public enum Geometry: Sendable, Hashable {
    case point(Coordinate)
    case lineString([Coordinate])
    case polygon([[Coordinate]])
    case multiLineString([[Coordinate]])
    case multiPolygon([[[Coordinate]]])

    public enum Kind: String, Sendable, CaseIterable {
        case point = "Point"
        case lineString = "LineString"
        case polygon = "Polygon"
        case multiLineString = "MultiLineString"
        case multiPolygon = "MultiPolygon"
    }

    public var kind: Kind {
        switch self {
        case .point: .point
        case .lineString: .lineString
        case .polygon: .polygon
        case .multiLineString: .multiLineString
        case .multiPolygon: .multiPolygon
        }
    }

    /// The geometries an actor may have: a point, a line (a route) or a polygon (an area).
    public static let actorKinds: Set<Kind> = [.point, .lineString, .polygon]
    /// The geometries a neighbourhood boundary may have: an open line (which, unlike a closed
    /// grey polygon in My Maps, never blocks work inside), a polygon, or several of either.
    public static let boundaryKinds: Set<Kind> = [.lineString, .polygon, .multiLineString, .multiPolygon]

    /// Every position of the geometry, in order.
    public var allCoordinates: [Coordinate] {
        switch self {
        case .point(let point): [point]
        case .lineString(let line): line
        case .polygon(let rings): rings.flatMap { $0 }
        case .multiLineString(let lines): lines.flatMap { $0 }
        case .multiPolygon(let polygons): polygons.flatMap { $0.flatMap { $0 } }
        }
    }

    /// A position that stands for the geometry on a small map or in a list: the point
    /// itself, the middle vertex of a line, the mean of a polygon's outer ring.
    public var representativePoint: Coordinate? {
        switch self {
        case .point(let point):
            return point
        case .lineString(let line):
            return line.isEmpty ? nil : line[line.count / 2]
        case .multiLineString(let lines):
            return lines.first.flatMap { $0.isEmpty ? nil : $0[$0.count / 2] }
        case .polygon(let rings):
            return rings.first.flatMap(Geometry.meanOfRing)
        case .multiPolygon(let polygons):
            return polygons.first?.first.flatMap(Geometry.meanOfRing)
        }
    }

    private static func meanOfRing(_ ring: [Coordinate]) -> Coordinate? {
        let vertices = ring.count > 1 && ring.first == ring.last ? Array(ring.dropLast()) : ring
        guard !vertices.isEmpty else { return nil }
        let latitude = vertices.map(\.latitude).reduce(0, +) / Double(vertices.count)
        let longitude = vertices.map(\.longitude).reduce(0, +) / Double(vertices.count)
        return Coordinate(latitude: latitude, longitude: longitude)
    }
}

extension Geometry {
    /// The GeoJSON object of this geometry.
    public var jsonValue: JSONValue {
        func position(_ c: Coordinate) -> JSONValue { .array([.number(c.longitude), .number(c.latitude)]) }
        func line(_ l: [Coordinate]) -> JSONValue { .array(l.map(position)) }
        func rings(_ r: [[Coordinate]]) -> JSONValue { .array(r.map(line)) }
        let coordinates: JSONValue
        switch self {
        case .point(let point): coordinates = position(point)
        case .lineString(let points): coordinates = line(points)
        case .polygon(let polygon): coordinates = rings(polygon)
        case .multiLineString(let lines): coordinates = rings(lines)
        case .multiPolygon(let polygons): coordinates = .array(polygons.map(rings))
        }
        return .object(["type": .string(kind.rawValue), "coordinates": coordinates])
    }

    /// The GeoJSON text of this geometry, as stored in the database.
    public var geoJSON: String { jsonValue.encodedString() }
}
