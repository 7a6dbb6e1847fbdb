import BuurtkaartCore
import Fluent
import Vapor

/// `/api/v1/maps/:id/actors` and `/api/v1/actors/:id`.
struct ActorAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let mapActors = routes.grouped("maps", ":mapID", "actors")
        mapActors.get(use: index)
        mapActors.post(use: create)
        let actor = routes.grouped("actors", ":actorID")
        actor.get(use: show)
        actor.patch(use: update)
        actor.delete(use: delete)
    }

    func index(req: Request) async throws -> Response {
        let (map, _) = try await req.mapAccess(try req.uuidParameter("mapID"), requiring: .viewer)
        let filter: ActorFilter
        do {
            filter = try ActorFilter.parse(req.url.query, strict: true)
        } catch {
            throw AppError.invalid(error)
        }
        let page = try await ActorStore.list(mapID: map.id ?? UUID(), filter: filter, on: req.db)
        let response = try await ActorListDTO(items: page.actors.map(ActorDTO.init), total: page.total, limit: filter.limit, offset: filter.offset)
            .encodeResponse(for: req)
        if filter.offset + filter.limit < page.total {
            let next = "/api/v1/maps/\(map.id?.uuidString.lowercased() ?? "")/actors?" + filter.queryString(offset: filter.offset + filter.limit)
            response.headers.replaceOrAdd(name: .link, value: "<\(next)>; rel=\"next\"")
        }
        return response
    }

    func create(req: Request) async throws -> Response {
        let (map, access) = try await req.mapAccess(try req.uuidParameter("mapID"), requiring: .editor)
        let draft = try await ActorStore.read(try InputReader.json(try await req.jsonBody()), map: map, on: req.db)
        let actor = try await ActorStore.create(draft, in: map, by: access.userID, on: req.db)
        return try await APIResponse.created(ActorDTO(actor), version: actor.version,
                                             location: "/api/v1/actors/\(actor.id?.uuidString.lowercased() ?? "")", for: req)
    }

    func show(req: Request) async throws -> Response {
        let (actor, _, _) = try await req.actorAccess(try req.uuidParameter("actorID"), requiring: .viewer)
        return try await APIResponse.ok(ActorDTO(actor), version: actor.version, for: req)
    }

    /// Changes the fields the JSON merge patch names; the rest stay as they are.
    func update(req: Request) async throws -> Response {
        let (actor, map, access) = try await req.actorAccess(try req.uuidParameter("actorID"), requiring: .editor)
        let expected = try ETag.expectedVersion(req)
        let patch = try await req.jsonBody()
        guard patch.objectValue != nil else { throw AppError.invalid(ValidationFailure(field: "", "error.input.notAnObject")) }
        let merged = actor.draft.jsonValue.merging(patch: patch)
        let draft = try await ActorStore.read(try InputReader.json(merged), map: map, on: req.db)
        try await ActorStore.update(actor, draft: draft, expected: expected, by: access.userID, on: req.db)
        return try await APIResponse.ok(ActorDTO(actor), version: actor.version, for: req)
    }

    func delete(req: Request) async throws -> HTTPStatus {
        let (actor, _, _) = try await req.actorAccess(try req.uuidParameter("actorID"), requiring: .editor)
        try await ActorStore.delete(actor, expected: try ETag.expectedVersion(req), on: req.db)
        return .noContent
    }
}
