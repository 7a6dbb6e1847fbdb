import Foundation

extension Geometry {
    /// A circle of `radius` metres around `centre`, as a closed polygon of `segments` sides
    /// computed on the sphere: the neighbourhood "within 500 m to 3 km of the organisation"
    /// the method draws for people of limited mobility.
    public static func circle(around centre: Coordinate, radius: Double, segments: Int = 72) -> Geometry {
        let earthRadius = 6_371_008.8
        let angularDistance = radius / earthRadius
        let latitude = centre.latitude * .pi / 180
        let longitude = centre.longitude * .pi / 180
        var ring: [Coordinate] = []
        ring.reserveCapacity(segments + 1)
        for step in 0..<segments {
            let bearing = Double(step) / Double(segments) * 2 * .pi
            let pointLatitude = asin(sin(latitude) * cos(angularDistance) + cos(latitude) * sin(angularDistance) * cos(bearing))
            let pointLongitude = longitude + atan2(
                sin(bearing) * sin(angularDistance) * cos(latitude),
                cos(angularDistance) - sin(latitude) * sin(pointLatitude)
            )
            ring.append(Coordinate(
                latitude: (pointLatitude * 180 / .pi * 1e7).rounded() / 1e7,
                longitude: (pointLongitude * 180 / .pi * 1e7).rounded() / 1e7
            ))
        }
        ring.append(ring[0])
        return .polygon([ring])
    }
}
