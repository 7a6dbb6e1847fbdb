import BuurtkaartCore
import Vapor

/// `GET /api/v1/geocode?q=…&map={id}`: places for an address, near the map's organisation.
struct GeocodeAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("geocode", use: search)
    }

    struct ResultDTO: Content {
        let label: String
        let latitude: Double
        let longitude: Double
        let quality: String
        let address: AddressDTO
    }

    func search(req: Request) async throws -> [ResultDTO] {
        _ = try req.requireUser()
        let query = (req.query[String.self, at: "q"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard (2...300).contains(query.count) else {
            throw AppError.invalid(ValidationFailure(field: "q", "error.geocode.query"))
        }
        var near: Coordinate?
        if let mapID = req.query[String.self, at: "map"].flatMap(UUID.init(uuidString:)) {
            let (_, access) = try await req.mapAccess(mapID, requiring: .viewer)
            near = access.workspace.draft.position
        }
        guard let geocoder = req.application.geocoder else {
            throw AppError.conflict(LocalizedMessage("error.geocode.unavailable"))
        }
        do {
            return try await geocoder.search(query, near: near, limit: 6).map { result in
                ResultDTO(label: result.label, latitude: result.position.latitude, longitude: result.position.longitude,
                          quality: result.quality.rawValue,
                          address: AddressDTO(street: result.address.street, number: result.address.number,
                                              postcode: result.address.postcode, municipality: result.address.municipality))
            }
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            req.logger.warning("geocoder failed: \(error)")
            throw AppError.conflict(LocalizedMessage("error.geocode.failed"))
        }
    }
}

struct GeocoderKey: StorageKey { typealias Value = any Geocoder }

extension Application {
    /// The configured geocoder, if any (`BUURTKAART_NOMINATIM_URL`, or `none`).
    var geocoder: (any Geocoder)? {
        get { storage[GeocoderKey.self] }
        set { storage[GeocoderKey.self] = newValue }
    }
}
