import BuurtkaartCore
import Fluent
import NIOCore
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
        guard let workspaceID = try await MapStore.workspaceID(ofMap: mapID, on: req.db) else { throw AppError.notFound }
        _ = try await req.role(in: workspaceID, requiring: .viewer)
        return try await respond(req, key: "map:\(mapID.text)", mapID: mapID, layerID: nil)
    }

    func layerFeatures(req: Request) async throws -> Response {
        let layerID = try req.uuidParameter("layerID")
        guard let (mapID, workspaceID) = try await MapStore.owner(ofLayer: layerID, on: req.db) else { throw AppError.notFound }
        _ = try await req.role(in: workspaceID, requiring: .viewer)
        return try await respond(req, key: "layer:\(layerID.text)", mapID: mapID, layerID: layerID)
    }

    private func respond(_ req: Request, key: String, mapID: UUID, layerID: UUID?) async throws -> Response {
        let sql = try ActorStore.sql(req.db)
        guard let revision = try await ActorTable.revision(mapID: mapID, on: sql) else { throw AppError.notFound }
        // The tag names the revision of this collection; a layer's and its map's share it.
        let etag = "\"\(key.hasPrefix("layer:") ? "l" : "m")\(revision)\""
        if req.headers.first(name: .ifNoneMatch) == etag {
            return headers(Response(status: .notModified), etag: etag)
        }
        let cache = req.application.featureCache
        var entry = await cache.entry(for: key, revision: revision)
        if entry == nil {
            let text = try await FeatureCollection.write(mapID: mapID, layerID: layerID, revision: revision, on: sql)
            let plain = ByteBuffer(string: text)
            let gzipped = try await req.application.threadPool.runIfActive { try Gzip.compress(plain) }
            let made = FeatureCache.Entry(revision: revision, plain: plain, gzipped: gzipped)
            await cache.store(made, for: key)
            entry = made
        }
        guard let entry else { throw AppError.internalError }
        let acceptsGzip = req.headers[.acceptEncoding].contains { $0.lowercased().contains("gzip") }
        let response = Response(status: .ok, body: .init(buffer: acceptsGzip ? entry.gzipped : entry.plain))
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
