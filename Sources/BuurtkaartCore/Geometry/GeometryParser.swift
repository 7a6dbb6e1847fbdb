/// Reads and checks a GeoJSON geometry: its type among those allowed, the nesting of its
/// coordinates, every position within range, lines of two positions or more, polygon rings
/// closed with four positions or more, and a bound on the total number of positions.
public enum GeometryParser {
    /// The most positions one geometry may hold; a neighbourhood boundary drawn by hand has
    /// hundreds, a municipality's outline some thousands.
    public static let maximumPositions = 50_000

    public enum Problem: Error, Sendable, Hashable {
        case notAnObject
        case unsupportedType(String, allowed: Set<Geometry.Kind>)
        case malformedCoordinates
        case positionOutOfRange
        case tooFewPositions
        case ringNotClosed
        case tooManyPositions

        public var message: LocalizedMessage {
            switch self {
            case .notAnObject: LocalizedMessage("error.geometry.notAnObject")
            case .unsupportedType(let type, let allowed):
                LocalizedMessage("error.geometry.unsupportedType", [
                    "type": type, "allowed": allowed.map(\.rawValue).sorted().joined(separator: ", "),
                ])
            case .malformedCoordinates: LocalizedMessage("error.geometry.malformedCoordinates")
            case .positionOutOfRange: LocalizedMessage("error.geometry.positionOutOfRange")
            case .tooFewPositions: LocalizedMessage("error.geometry.tooFewPositions")
            case .ringNotClosed: LocalizedMessage("error.geometry.ringNotClosed")
            case .tooManyPositions:
                LocalizedMessage("error.geometry.tooManyPositions", ["maximum": String(maximumPositions)])
            }
        }
    }

    public static func parse(_ value: JSONValue, allowed: Set<Geometry.Kind>) throws(Problem) -> Geometry {
        guard case .object(let members) = value else { throw .notAnObject }
        let typeName = members["type"]?.stringValue ?? ""
        guard let kind = Geometry.Kind(rawValue: typeName), allowed.contains(kind) else {
            throw .unsupportedType(typeName.isEmpty ? "?" : typeName, allowed: allowed)
        }
        guard let coordinates = members["coordinates"] else { throw .malformedCoordinates }
        let geometry: Geometry
        switch kind {
        case .point: geometry = .point(try position(coordinates))
        case .lineString: geometry = .lineString(try line(coordinates))
        case .polygon: geometry = .polygon(try polygon(coordinates))
        case .multiLineString: geometry = .multiLineString(try list(coordinates, line))
        case .multiPolygon: geometry = .multiPolygon(try list(coordinates, polygon))
        }
        guard geometry.allCoordinates.count <= maximumPositions else { throw .tooManyPositions }
        return geometry
    }

    private static func list<T>(_ value: JSONValue, _ element: (JSONValue) throws(Problem) -> T) throws(Problem) -> [T] {
        guard case .array(let items) = value, !items.isEmpty else { throw .malformedCoordinates }
        guard items.count <= maximumPositions else { throw .tooManyPositions }
        var result: [T] = []
        result.reserveCapacity(items.count)
        for item in items { result.append(try element(item)) }
        return result
    }

    private static func position(_ value: JSONValue) throws(Problem) -> Coordinate {
        guard case .array(let numbers) = value, (2...3).contains(numbers.count),
              let longitude = numbers[0].numberValue, let latitude = numbers[1].numberValue
        else { throw .malformedCoordinates }
        if numbers.count == 3, numbers[2].numberValue == nil { throw .malformedCoordinates }
        let coordinate = Coordinate(latitude: latitude, longitude: longitude)
        guard coordinate.isValid else { throw .positionOutOfRange }
        return coordinate
    }

    private static func line(_ value: JSONValue) throws(Problem) -> [Coordinate] {
        let points = try list(value, position)
        guard points.count >= 2 else { throw .tooFewPositions }
        return points
    }

    private static func polygon(_ value: JSONValue) throws(Problem) -> [[Coordinate]] {
        try list(value) { (ring: JSONValue) throws(Problem) -> [Coordinate] in
            let points = try list(ring, position)
            guard points.count >= 4 else { throw .tooFewPositions }
            guard points.first == points.last else { throw .ringNotClosed }
            return points
        }
    }
}
