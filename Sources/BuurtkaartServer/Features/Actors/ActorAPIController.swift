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
        actor.post("restore", use: restore)
    }

    func index(req: Request) async throws -> Response {
        let (map, _) = try await req.mapAccess(try req.uuidParameter("mapID"), requiring: .viewer)
        let filter: ActorFilter
        do {
            filter = try ActorFilter.parse(req.url.query, strict: true)
        } catch {
            throw AppError.invalid(error)
        }
        let mapID = map.id ?? UUID()
        let page = try await ActorStore.list(mapID: mapID, filter: filter, on: req.db)
        let response = ActorJSON.list(page.actors, total: page.total, limit: filter.limit, offset: filter.offset)
        if filter.offset + filter.limit < page.total {
            let next = "/api/v1/maps/\(mapID.text)/actors?" + filter.queryString(offset: filter.offset + filter.limit)
            response.headers.replaceOrAdd(name: .link, value: "<\(next)>; rel=\"next\"")
        }
        return response
    }

    func create(req: Request) async throws -> Response {
        let (map, access) = try await req.mapAccess(try req.uuidParameter("mapID"), requiring: .editor)
        let mapID = map.id ?? UUID()
        let draft = try await ActorStore.read(try InputReader.json(try await req.jsonBody()), mapID: mapID, workspaceID: access.workspaceID, on: req.db)
        let actor = try await ActorStore.create(draft, mapID: mapID, by: access.userID, on: req.db)
        let response = ActorJSON.response(actor, status: .created)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/actors/\(actor.id.text)")
        return response
    }

    func show(req: Request) async throws -> Response {
        let (actor, _, _) = try await req.actorRecordAccess(try req.uuidParameter("actorID"), requiring: .viewer)
        return ActorJSON.response(actor)
    }

    /// Changes the fields the JSON merge patch names; the rest stay as they are.
    func update(req: Request) async throws -> Response {
        let (actor, workspaceID, _) = try await req.actorRecordAccess(try req.uuidParameter("actorID"), requiring: .editor)
        let expected = try ETag.expectedVersion(req)
        let patch = try await req.jsonBody()
        guard patch.objectValue != nil else { throw AppError.invalid(ValidationFailure(field: "", "error.input.notAnObject")) }
        let merged = actor.draft.jsonValue.merging(patch: patch)
        let draft = try await ActorStore.read(try InputReader.json(merged), mapID: actor.mapID, workspaceID: workspaceID,
                                              currentLayer: actor.layerID, on: req.db)
        let stored = try await ActorStore.update(actor, draft: draft, expected: expected, by: try req.requireUser().id, on: req.db)
        return ActorJSON.response(stored)
    }

    /// Deletes an actor. It can be restored (`POST …/restore` with the `ETag` this answer
    /// carries) for 30 days, which is how the map offers "undo".
    func delete(req: Request) async throws -> Response {
        let (actor, _, _) = try await req.actorRecordAccess(try req.uuidParameter("actorID"), requiring: .editor)
        let version = try await ActorStore.delete(actor, expected: try ETag.expectedVersion(req), by: try req.requireUser().id, on: req.db)
        let response = Response(status: .noContent)
        response.headers.replaceOrAdd(name: .eTag, value: ETag.value(for: version))
        return response
    }

    func restore(req: Request) async throws -> Response {
        let (actor, _, _) = try await req.actorRecordAccess(try req.uuidParameter("actorID"), requiring: .editor, includeDeleted: true)
        let restored = try await ActorStore.restore(actor, expected: try ETag.expectedVersion(req), by: try req.requireUser().id, on: req.db)
        return ActorJSON.response(restored)
    }
}
