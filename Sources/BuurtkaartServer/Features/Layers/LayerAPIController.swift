import BuurtkaartCore
import Fluent
import Vapor

/// `/api/v1/maps/:id/layers` and `/api/v1/layers/:id`.
struct LayerAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let mapLayers = routes.grouped("maps", ":mapID", "layers")
        mapLayers.get(use: index)
        mapLayers.post(use: create)
        mapLayers.put("order", use: reorder)
        let layer = routes.grouped("layers", ":layerID")
        layer.get(use: show)
        layer.patch(use: update)
        layer.delete(use: delete)
    }

    func index(req: Request) async throws -> [LayerDTO] {
        let (map, _) = try await req.mapAccess(try req.uuidParameter("mapID"), requiring: .viewer)
        let mapID = map.id ?? UUID()
        let counts = try await MapStore.actorCounts(of: mapID, on: req.db)
        return try await MapStore.layers(of: mapID, on: req.db).map { LayerDTO($0, actorCount: counts[$0.id ?? UUID()] ?? 0) }
    }

    func create(req: Request) async throws -> Response {
        let (map, access) = try await req.mapAccess(try req.uuidParameter("mapID"), requiring: .editor)
        let symbols = try await SymbolStore.lookup(workspaceID: map.workspaceID, on: req.db)
        let draft = try LayerDraft.read(try InputReader.json(try await req.jsonBody()), symbols: symbols)
        let layer = try await LayerStore.create(draft, in: map, by: access.userID, on: req.db)
        return try await APIResponse.created(LayerDTO(layer, actorCount: 0), version: layer.version,
                                             location: "/api/v1/layers/\(layer.id?.uuidString.lowercased() ?? "")", for: req)
    }

    func reorder(req: Request) async throws -> [LayerDTO] {
        let (map, access) = try await req.mapAccess(try req.uuidParameter("mapID"), requiring: .editor)
        let body = try await req.jsonBody()
        guard let items = body["layerIds"]?.arrayValue else {
            throw AppError.invalid(ValidationFailure(field: "layerIds", "error.input.required"))
        }
        let ids = items.compactMap { $0.stringValue.flatMap(UUID.init(uuidString:)) }
        guard ids.count == items.count else { throw AppError.invalid(ValidationFailure(field: "layerIds", "error.input.identifier")) }
        try await LayerStore.reorder(mapID: map.id ?? UUID(), layerIDs: ids, by: access.userID, on: req.db)
        return try await index(req: req)
    }

    func show(req: Request) async throws -> Response {
        let (layer, _, _) = try await req.layerAccess(try req.uuidParameter("layerID"), requiring: .viewer)
        let count = try await ActorModel.query(on: req.db).filter(\.$layerID == (layer.id ?? UUID())).count()
        return try await APIResponse.ok(LayerDTO(layer, actorCount: count), version: layer.version, for: req)
    }

    func update(req: Request) async throws -> Response {
        let (layer, map, access) = try await req.layerAccess(try req.uuidParameter("layerID"), requiring: .editor)
        let expected = try ETag.expectedVersion(req)
        let patch = try await req.jsonBody()
        let symbols = try await SymbolStore.lookup(workspaceID: map.workspaceID, on: req.db)
        let draft = try LayerDraft.read(try InputReader.json(LayerDTO.input(layer.draft).merging(patch: patch)), symbols: symbols)
        try await LayerStore.update(layer, draft: draft, expected: expected, by: access.userID, on: req.db)
        return try await show(req: req)
    }

    /// Deletes a layer; `?moveActorsTo=<layer>` moves its actors, `?deleteActors=true`
    /// deletes them; without either a layer with actors is refused (409).
    func delete(req: Request) async throws -> HTTPStatus {
        let (layer, _, access) = try await req.layerAccess(try req.uuidParameter("layerID"), requiring: .editor)
        let expected = try ETag.expectedVersion(req)
        var fate = LayerStore.ActorsFate.keep
        if let target = req.query[String.self, at: "moveActorsTo"] {
            guard let id = UUID(uuidString: target) else { throw AppError.invalid(ValidationFailure(field: "moveActorsTo", "error.input.identifier")) }
            fate = .moveTo(id)
        } else if req.query[String.self, at: "deleteActors"] == "true" {
            fate = .delete
        }
        try await LayerStore.delete(layer, expected: expected, actors: fate, by: access.userID, on: req.db)
        return .noContent
    }
}
