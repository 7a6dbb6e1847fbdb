import BuurtkaartCore
import Fluent
import NIOCore
import SQLKit
import Vapor

/// `GET /api/v1/maps/{id}/features` and `GET /api/v1/layers/{id}/features`: the actors as
/// GeoJSON for the map page, with `ETag` and `If-None-Match`, gzip-compressed once and served
/// from memory until the map's actors change.
struct FeatureAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("maps", ":mapID", "features", use: mapFeatures)
        routes.get("layers", ":layerID", "features", use: layerFeatures)
    }

    func mapFeatures(req: Request) async throws -> Response {
        let mapID = try req.uuidParameter("mapID")
        let (_, revision) = try await access(req, """
            SELECT m.id AS map_id, m.content_revision, ms.role FROM maps m \
            LEFT JOIN memberships ms ON ms.workspace_id = m.workspace_id AND ms.user_id = \(bind: try req.requireUser().id) \
            WHERE m.id = \(bind: mapID)
            """)
        return try await respond(req, key: "map:\(mapID.text)", mapID: mapID, layerID: nil, revision: revision)
    }

    func layerFeatures(req: Request) async throws -> Response {
        let layerID = try req.uuidParameter("layerID")
        let (mapID, revision) = try await access(req, """
            SELECT m.id AS map_id, m.content_revision, ms.role FROM layers l JOIN maps m ON m.id = l.map_id \
            LEFT JOIN memberships ms ON ms.workspace_id = m.workspace_id AND ms.user_id = \(bind: try req.requireUser().id) \
            WHERE l.id = \(bind: layerID)
            """)
        return try await respond(req, key: "layer:\(layerID.text)", mapID: mapID, layerID: layerID, revision: revision)
    }

    /// The map, its revision and the caller's role in one query (this route is read the
    /// most): no role is 404, like everywhere.
    private func access(_ req: Request, _ query: SQLQueryString) async throws -> (mapID: UUID, revision: Int) {
        guard let row = try await ActorStore.sql(req.db).raw(query).first() else { throw AppError.notFound }
        let role = try row.decode(column: "role", as: String?.self).flatMap(Role.init(rawValue:))
        _ = try Request.authorize(role, .viewer)
        return (try row.decode(column: "map_id", as: UUID.self), try row.decode(column: "content_revision", as: Int.self))
    }

    private func respond(_ req: Request, key: String, mapID: UUID, layerID: UUID?, revision: Int) async throws -> Response {
        let sql = try ActorStore.sql(req.db)
        // The tag names the revision of this collection; a layer's and its map's share it.
        let etag = "\"\(key.hasPrefix("layer:") ? "l" : "m")\(revision)\""
        if req.headers.first(name: .ifNoneMatch) == etag {
            return headers(Response(status: .notModified), etag: etag)
        }
        let cache = req.application.featureCache
        var entry = await cache.entry(for: key, revision: revision)
        if entry == nil {
            let text = try await FeatureCollection.write(mapID: mapID, layerID: layerID, revision: revision, on: sql)
            let gzipped = try await req.application.threadPool.runIfActive {
                let compressed = try Gzip.compress(ByteBuffer(string: text))
                Memory.returnFreedPages()
                return compressed
            }
            let made = FeatureCache.Entry(revision: revision, gzipped: gzipped)
            await cache.store(made, for: key)
            entry = made
        }
        guard let entry else { throw AppError.internalError }
        // Nearly every client takes gzip; the rare one that does not gets it unpacked.
        let acceptsGzip = req.headers[.acceptEncoding].contains { $0.lowercased().contains("gzip") }
        let body = acceptsGzip ? entry.gzipped : try Gzip.decompress(entry.gzipped)
        let response = Response(status: .ok, body: .init(buffer: body))
        response.headers.contentType = HTTPMediaType(type: "application", subType: "geo+json")
        if acceptsGzip { response.headers.replaceOrAdd(name: .contentEncoding, value: "gzip") }
        response.headers.replaceOrAdd(name: .vary, value: "Accept-Encoding, Cookie")
        return headers(response, etag: etag)
    }

    private func headers(_ response: Response, etag: String) -> Response {
        response.headers.replaceOrAdd(name: .eTag, value: etag)
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-cache")
        response.headers.responseCompression = .disable
        return response
    }
}
