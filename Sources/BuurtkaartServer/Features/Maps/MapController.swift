import BuurtkaartCore
import Fluent
import Vapor

/// The map pages: creating, the overview with layers and the filtered list of actors,
/// settings and deleting.
struct MapController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("workspaces", ":workspaceID", "maps", "new", use: newForm)
        routes.post("workspaces", ":workspaceID", "maps", use: create)
        let map = routes.grouped("maps", ":mapID")
        map.get(use: show)
        map.get("edit", use: editForm)
        map.post("edit", use: update)
        map.get("delete", use: deleteForm)
        map.post("delete", use: delete)
    }

    func newForm(req: Request) async throws -> Response {
        let access = try await req.workspaceAccess(try req.uuidParameter("workspaceID"), requiring: .editor)
        return try await MapViews.form(req, access: access, map: nil, state: FormState(values: ["baseMap": .string(BaseMap.openStreetMap.rawValue)]))
    }

    func create(req: Request) async throws -> Response {
        let access = try await req.workspaceAccess(try req.uuidParameter("workspaceID"), requiring: .editor)
        let fields = try await req.formFields()
        do {
            let draft = try MapDraft.read(InputReader(fields, mode: .form), centre: access.workspace.draft.position)
            let map = try await MapStore.create(draft, in: access, language: req.language, on: req.db)
            return req.redirect(to: MapViews.path(map.id ?? UUID()) + "?notice=mapCreated")
        } catch let failure as ValidationFailure {
            return try await MapViews.form(req, access: access, map: nil, state: FormState(values: fields, failure: failure), status: .unprocessableEntity)
        }
    }

    func show(req: Request) async throws -> Response {
        let (map, access) = try await req.mapAccess(try req.uuidParameter("mapID"), requiring: .viewer)
        let mapID = map.id ?? UUID()
        let filter = (try? ActorFilter.parse(req.url.query, strict: false)) ?? ActorFilter()
        let layers = try await MapStore.layers(of: mapID, on: req.db)
        let counts = try await MapStore.actorCounts(of: mapID, on: req.db)
        let page = try await ActorStore.list(mapID: mapID, filter: filter, on: req.db)
        let symbols = try await SymbolStore.all(workspaceID: map.workspaceID, on: req.db)
        return try await MapViews.show(req, map: map, access: access, layers: layers, counts: counts, page: page, filter: filter, symbols: symbols)
    }

    func editForm(req: Request) async throws -> Response {
        let (map, access) = try await req.mapAccess(try req.uuidParameter("mapID"), requiring: .editor)
        return try await MapViews.form(req, access: access, map: map, state: MapViews.state(map))
    }

    func update(req: Request) async throws -> Response {
        let (map, access) = try await req.mapAccess(try req.uuidParameter("mapID"), requiring: .editor)
        let fields = try await req.formFields()
        do {
            let draft = try MapDraft.read(InputReader(fields, mode: .form), centre: access.workspace.draft.position)
            try await MapStore.update(map, draft: draft, expected: try await req.formVersion(), by: access.userID, on: req.db)
            return req.redirect(to: MapViews.path(map.id ?? UUID()) + "?notice=mapSaved")
        } catch let failure as ValidationFailure {
            return try await MapViews.form(req, access: access, map: map, state: FormState(values: fields, failure: failure), status: .unprocessableEntity)
        } catch AppError.conflict(let message, _) {
            var state = FormState(values: fields, message: message)
            state.values["version"] = .number(Double(map.version))
            if let fresh = try await MapModel.find(map.id, on: req.db) { state.values["version"] = .number(Double(fresh.version)) }
            return try await MapViews.form(req, access: access, map: map, state: state, status: .conflict)
        }
    }

    func deleteForm(req: Request) async throws -> Response {
        let (map, access) = try await req.mapAccess(try req.uuidParameter("mapID"), requiring: .editor)
        let count = try await ActorModel.query(on: req.db).filter(\.$mapID == (map.id ?? UUID())).count()
        return try await MapViews.confirmDelete(req, map: map, access: access, actorCount: count)
    }

    func delete(req: Request) async throws -> Response {
        let (map, access) = try await req.mapAccess(try req.uuidParameter("mapID"), requiring: .editor)
        try await MapStore.delete(map, expected: try await req.formVersion(), on: req.db)
        return req.redirect(to: WorkspaceViews.path(access.workspaceID) + "?notice=mapDeleted")
    }
}
