/// The neighbourhood's outline on a map, drawn one of the three ways the method uses: an
/// open line (which, unlike My Maps' closed grey polygon, never covers what lies inside),
/// a polygon, or a circle of 500 m to 3 km around the organisation.
public struct Boundary: Sendable, Hashable {
    public enum Shape: String, Sendable, CaseIterable, Codable {
        case line, polygon, radius
    }

    public static let radiusRange = 500...3000

    public var shape: Shape
    public var geometry: Geometry
    /// What the team calls the neighbourhood ("Kanaalwijk", "rond de Ninoofsepoort").
    public var name: String
    /// For a circle: its radius in metres.
    public var radius: Int?

    public init(shape: Shape, geometry: Geometry, name: String = "", radius: Int? = nil) {
        self.shape = shape
        self.geometry = geometry
        self.name = name
        self.radius = radius
    }

    /// A boundary of the shape its geometry has.
    public init(geometry: Geometry, name: String = "") {
        switch geometry.kind {
        case .polygon, .multiPolygon: self.init(shape: .polygon, geometry: geometry, name: name)
        default: self.init(shape: .line, geometry: geometry, name: name)
        }
    }

    /// A circle of `radius` metres around `centre`.
    public static func circle(around centre: Coordinate, radius: Int, name: String = "") -> Boundary {
        Boundary(shape: .radius, geometry: .circle(around: centre, radius: Double(radius)), name: name, radius: radius)
    }
}
