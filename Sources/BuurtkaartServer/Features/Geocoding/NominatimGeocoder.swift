import AsyncHTTPClient
import BuurtkaartCore
import Foundation
import NIOCore
import NIOHTTP1

/// A geocoder that asks a Nominatim service (OpenStreetMap's by default, or a self-hosted
/// one): one request per second at most, as OpenStreetMap's usage policy asks, with a
/// User-Agent that says who asks, and answers kept for a day so a repeated search costs
/// nothing.
actor NominatimGeocoder: Geocoder {
    let baseURL: String
    let userAgent: String
    private let client: HTTPClient
    /// When the last answer arrived, and whether a request is under way: requests go one at
    /// a time, each a second after the previous answer, so the service never sees two
    /// within a second however the network delays them.
    private var lastAnswer: ContinuousClock.Instant?
    private var requesting = false
    private var cache: [String: (results: [GeocodeResult], at: Date)] = [:]

    init(baseURL: String, userAgent: String, client: HTTPClient = .shared) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.userAgent = userAgent
        self.client = client
    }

    func search(_ query: String, near: Coordinate?, limit: Int) async throws -> [GeocodeResult] {
        let key = "\(query.lowercased())|\(near.map { "\($0.latitude),\($0.longitude)" } ?? "")|\(limit)"
        if let cached = cache[key], Date().timeIntervalSince(cached.at) < 86_400 { return cached.results }
        let clock = ContinuousClock()
        while requesting { try await Task.sleep(for: .milliseconds(50)) }
        requesting = true
        defer {
            requesting = false
            lastAnswer = clock.now
        }
        if let lastAnswer {
            let next = lastAnswer.advanced(by: .seconds(1))
            if clock.now < next { try await Task.sleep(until: next, clock: clock) }
        }
        var components = URLComponents(string: baseURL + "/search")
        var items = [
            URLQueryItem(name: "q", value: query), URLQueryItem(name: "format", value: "jsonv2"),
            URLQueryItem(name: "addressdetails", value: "1"), URLQueryItem(name: "limit", value: String(limit)),
            URLQueryItem(name: "countrycodes", value: "be,nl"),
        ]
        if let near {
            let delta = 0.15
            items.append(URLQueryItem(name: "viewbox", value: "\(near.longitude - delta),\(near.latitude + delta),\(near.longitude + delta),\(near.latitude - delta)"))
        }
        components?.queryItems = items
        guard let url = components?.string else { return [] }
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "User-Agent", value: userAgent)
        request.headers.add(name: "Accept", value: "application/json")
        let response = try await client.execute(request, timeout: .seconds(10))
        guard response.status == .ok else { throw GeocodingError.serviceAnswered(Int(response.status.code)) }
        let body = try await response.body.collect(upTo: 2 * 1024 * 1024)
        let results = Array(NominatimResponse.results(from: JSONValue.parse(Data(buffer: body)) ?? .null).prefix(limit))
        if cache.count > 2000 { cache.removeAll() }
        cache[key] = (results, Date())
        return results
    }
}

enum GeocodingError: Error {
    case serviceAnswered(Int)
}
