import BuurtkaartCore
import Fluent
import Vapor

/// The layers page of a map: rename, recolour, change symbol, reorder, add and delete.
struct LayerController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("maps", ":mapID", "layers", use: index)
        routes.post("maps", ":mapID", "layers", use: create)
        let layer = routes.grouped("layers", ":layerID")
        layer.post("edit", use: update)
        layer.post("move", use: move)
        layer.get("delete", use: deleteForm)
        layer.post("delete", use: delete)
    }

    func index(req: Request) async throws -> Response {
        let (map, access) = try await req.mapAccess(try req.uuidParameter("mapID"), requiring: .viewer)
        return try await render(req, map: map, access: access)
    }

    private func render(_ req: Request, map: MapModel, access: WorkspaceAccess, editing: (UUID, FormState)? = nil,
                        newLayer: FormState? = nil, message: LocalizedMessage? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let mapID = map.id ?? UUID()
        let layers = try await MapStore.layers(of: mapID, on: req.db)
        let counts = try await MapStore.actorCounts(of: mapID, on: req.db)
        let symbols = try await SymbolStore.all(workspaceID: map.workspaceID, on: req.db)
        let custom = try await SymbolStore.custom(workspaceID: map.workspaceID, on: req.db).map(\.symbol)
        return try await LayerViews.index(req, map: map, access: access, layers: layers, counts: counts, symbols: symbols, custom: custom,
                                          editing: editing, newLayer: newLayer ?? LayerViews.newLayerState(), message: message, status: status)
    }

    func create(req: Request) async throws -> Response {
        let (map, access) = try await req.mapAccess(try req.uuidParameter("mapID"), requiring: .editor)
        let fields = try await req.formFields()
        let symbols = try await SymbolStore.lookup(workspaceID: map.workspaceID, on: req.db)
        do {
            var values = fields
            values["isVisibleByDefault"] = .string("true")
            let draft = try LayerDraft.read(InputReader(values, mode: .form), symbols: symbols)
            _ = try await LayerStore.create(draft, in: map, by: access.userID, on: req.db)
            return req.redirect(to: MapViews.path(map.id ?? UUID()) + "/layers?notice=layerCreated")
        } catch let failure as ValidationFailure {
            return try await render(req, map: map, access: access, newLayer: FormState(values: fields, failure: failure), status: .unprocessableEntity)
        }
    }

    func update(req: Request) async throws -> Response {
        let (layer, map, access) = try await req.layerAccess(try req.uuidParameter("layerID"), requiring: .editor)
        let fields = try await req.formFields()
        let symbols = try await SymbolStore.lookup(workspaceID: map.workspaceID, on: req.db)
        let layerID = layer.id ?? UUID()
        do {
            let draft = try LayerDraft.read(InputReader(fields, mode: .form), symbols: symbols)
            try await LayerStore.update(layer, draft: draft, expected: try await req.formVersion(), by: access.userID, on: req.db)
            return req.redirect(to: MapViews.path(map.id ?? UUID()) + "/layers?notice=layerSaved#layer-\(layerID.uuidString.lowercased())")
        } catch let failure as ValidationFailure {
            return try await render(req, map: map, access: access, editing: (layerID, FormState(values: fields, failure: failure)), status: .unprocessableEntity)
        } catch AppError.conflict(let message, _) {
            return try await render(req, map: map, access: access, message: message, status: .conflict)
        }
    }

    func move(req: Request) async throws -> Response {
        let (layer, map, access) = try await req.layerAccess(try req.uuidParameter("layerID"), requiring: .editor)
        let direction = try await req.formFields()["direction"]?.stringValue
        try await LayerStore.move(layer, up: direction == "up", by: access.userID, on: req.db)
        return req.redirect(to: MapViews.path(map.id ?? UUID()) + "/layers#layer-\(layer.id?.uuidString.lowercased() ?? "")")
    }

    func deleteForm(req: Request) async throws -> Response {
        let (layer, map, access) = try await req.layerAccess(try req.uuidParameter("layerID"), requiring: .editor)
        return try await renderDelete(req, layer: layer, map: map, access: access, state: FormState())
    }

    private func renderDelete(_ req: Request, layer: LayerModel, map: MapModel, access: WorkspaceAccess, state: FormState,
                              status: HTTPResponseStatus = .ok) async throws -> Response {
        let count = try await ActorModel.query(on: req.db).filter(\.$layerID == (layer.id ?? UUID())).count()
        let others = try await MapStore.layers(of: map.id ?? UUID(), on: req.db).filter { $0.id != layer.id }
        return try await LayerViews.confirmDelete(req, layer: layer, map: map, access: access, actorCount: count, otherLayers: others,
                                                  state: state, status: status)
    }

    func delete(req: Request) async throws -> Response {
        let (layer, map, access) = try await req.layerAccess(try req.uuidParameter("layerID"), requiring: .editor)
        let fields = try await req.formFields()
        let choice = fields["actors"]?.stringValue ?? ""
        var fate = LayerStore.ActorsFate.keep
        if choice == "delete" {
            fate = .delete
        } else if choice == "move", let target = fields["moveActorsTo"]?.stringValue.flatMap(UUID.init(uuidString:)) {
            fate = .moveTo(target)
        }
        do {
            try await LayerStore.delete(layer, expected: try await req.formVersion(), actors: fate, by: access.userID, on: req.db)
        } catch let failure as ValidationFailure {
            return try await renderDelete(req, layer: layer, map: map, access: access, state: FormState(values: fields, failure: failure), status: .unprocessableEntity)
        } catch AppError.conflict(let message, _) {
            return try await renderDelete(req, layer: layer, map: map, access: access, state: FormState(values: fields, message: message), status: .conflict)
        }
        return req.redirect(to: MapViews.path(map.id ?? UUID()) + "/layers?notice=layerDeleted")
    }
}
