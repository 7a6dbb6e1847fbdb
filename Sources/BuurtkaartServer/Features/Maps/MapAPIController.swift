import BuurtkaartCore
import Fluent
import Vapor

/// `/api/v1/workspaces/:id/maps` and `/api/v1/maps/:id`.
struct MapAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let workspaceMaps = routes.grouped("workspaces", ":workspaceID", "maps")
        workspaceMaps.get(use: index)
        workspaceMaps.post(use: create)
        let map = routes.grouped("maps", ":mapID")
        map.get(use: show)
        map.patch(use: update)
        map.delete(use: delete)
    }

    func index(req: Request) async throws -> [MapDTO] {
        let access = try await req.workspaceAccess(try req.uuidParameter("workspaceID"), requiring: .viewer)
        return try await MapModel.query(on: req.db).filter(\.$workspaceID == access.workspaceID).sort(\.$title).all().map(MapDTO.init)
    }

    func create(req: Request) async throws -> Response {
        let access = try await req.workspaceAccess(try req.uuidParameter("workspaceID"), requiring: .editor)
        let draft = try MapDraft.read(try InputReader.json(try await req.jsonBody()), centre: access.workspace.draft.position)
        let map = try await MapStore.create(draft, in: access, language: req.language, on: req.db)
        return try await APIResponse.created(MapDTO(map), version: map.version,
                                             location: "/api/v1/maps/\(map.id?.uuidString.lowercased() ?? "")", for: req)
    }

    func show(req: Request) async throws -> Response {
        let (map, _) = try await req.mapAccess(try req.uuidParameter("mapID"), requiring: .viewer)
        return try await APIResponse.ok(MapDTO(map), version: map.version, for: req)
    }

    func update(req: Request) async throws -> Response {
        let (map, access) = try await req.mapAccess(try req.uuidParameter("mapID"), requiring: .editor)
        let expected = try ETag.expectedVersion(req)
        let patch = try await req.jsonBody()
        let draft = try MapDraft.read(try InputReader.json(map.draft.jsonValue.merging(patch: patch)), centre: access.workspace.draft.position)
        try await MapStore.update(map, draft: draft, expected: expected, by: access.userID, on: req.db)
        return try await APIResponse.ok(MapDTO(map), version: map.version, for: req)
    }

    func delete(req: Request) async throws -> HTTPStatus {
        let (map, _) = try await req.mapAccess(try req.uuidParameter("mapID"), requiring: .editor)
        try await MapStore.delete(map, expected: try ETag.expectedVersion(req), on: req.db)
        return .noContent
    }
}
