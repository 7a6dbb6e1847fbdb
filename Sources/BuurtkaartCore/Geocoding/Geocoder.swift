/// How closely a geocoder's answer matches the address asked for.
public enum GeocodeQuality: String, Sendable, Codable, CaseIterable {
    /// The house number was found.
    case exact
    /// Only the street was found.
    case street
    /// Only the municipality (or postcode) was found.
    case municipality
    case notFound
}

/// One place a geocoder proposes for an address.
public struct GeocodeResult: Sendable, Hashable, Codable {
    public var label: String
    public var position: Coordinate
    public var address: Address
    public var quality: GeocodeQuality

    public init(label: String, position: Coordinate, address: Address, quality: GeocodeQuality) {
        self.label = label
        self.position = position
        self.address = address
        self.quality = quality
    }
}

/// Finds positions for addresses. Implementations: an HTTP geocoder speaking Nominatim's
/// protocol (OpenStreetMap's or a self-hosted one); later a local gazetteer.
public protocol Geocoder: Sendable {
    /// Places matching `query`, best first, at most `limit`; `near` biases towards a place.
    func search(_ query: String, near: Coordinate?, limit: Int) async throws -> [GeocodeResult]
}

/// Reads a Nominatim `format=jsonv2&addressdetails=1` answer into results.
public enum NominatimResponse {
    public static func results(from json: JSONValue) -> [GeocodeResult] {
        guard case .array(let items) = json else { return [] }
        return items.compactMap { item -> GeocodeResult? in
            guard let latitude = item["lat"]?.stringValue.flatMap(Double.init),
                  let longitude = item["lon"]?.stringValue.flatMap(Double.init)
            else { return nil }
            let position = Coordinate(latitude: latitude, longitude: longitude)
            guard position.isValid else { return nil }
            let details = item["address"]
            func part(_ keys: [String]) -> String {
                for key in keys { if let value = details?[key]?.stringValue, !value.isEmpty { return value } }
                return ""
            }
            let address = Address(
                street: part(["road", "pedestrian", "footway", "square", "place"]),
                number: part(["house_number"]),
                postcode: part(["postcode"]),
                municipality: part(["city", "town", "village", "municipality", "city_district", "suburb"])
            )
            let quality: GeocodeQuality
            if !address.number.isEmpty {
                quality = .exact
            } else if !address.street.isEmpty {
                quality = .street
            } else {
                quality = .municipality
            }
            let label = item["display_name"]?.stringValue ?? address.singleLine
            return GeocodeResult(label: String(label.prefix(300)), position: position, address: address, quality: quality)
        }
    }
}
