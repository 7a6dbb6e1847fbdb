import BuurtkaartCore
import Fluent
import Vapor

/// The actor pages: the card, the form to add or change one, and deleting.
struct ActorController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("maps", ":mapID", "actors", "new", use: newForm)
        routes.post("maps", ":mapID", "actors", use: create)
        let actor = routes.grouped("actors", ":actorID")
        actor.get(use: show)
        actor.get("edit", use: editForm)
        actor.post("edit", use: update)
        actor.get("delete", use: deleteForm)
        actor.post("delete", use: delete)
    }

    private func formContext(_ req: Request, map: MapModel) async throws -> ActorViews.FormContext {
        ActorViews.FormContext(
            layers: try await MapStore.layers(of: map.id ?? UUID(), on: req.db),
            custom: try await SymbolStore.custom(workspaceID: map.workspaceID, on: req.db).map(\.symbol)
        )
    }

    func newForm(req: Request) async throws -> Response {
        let (map, access) = try await req.mapAccess(try req.uuidParameter("mapID"), requiring: .editor)
        let context = try await formContext(req, map: map)
        var values: [String: JSONValue] = ["kind": .string(ActorKind.organisation.rawValue), "status": .string(ActorStatus.current.rawValue),
                                           "formality": .string(Formality.formal.rawValue)]
        let requested = req.query[String.self, at: "layer"].flatMap(UUID.init(uuidString:))
        if let layer = context.layers.first(where: { $0.id == requested }) ?? context.layers.first {
            values["layerId"] = .string(layer.id?.uuidString.lowercased() ?? "")
            values["symbol"] = .string(layer.symbol)
        }
        return try await ActorViews.form(req, map: map, access: access, actor: nil, context: context, state: FormState(values: values))
    }

    func create(req: Request) async throws -> Response {
        let (map, access) = try await req.mapAccess(try req.uuidParameter("mapID"), requiring: .editor)
        let fields = try await req.formFields()
        do {
            let draft = try await ActorStore.read(InputReader(fields, mode: .form), mapID: map.id ?? UUID(), workspaceID: access.workspaceID, on: req.db)
            let actor = try await ActorStore.create(draft, mapID: map.id ?? UUID(), by: access.userID, on: req.db)
            return req.redirect(to: ActorViews.path(actor.id) + "?notice=actorCreated")
        } catch let failure as ValidationFailure {
            let context = try await formContext(req, map: map)
            return try await ActorViews.form(req, map: map, access: access, actor: nil, context: context,
                                             state: FormState(values: fields, failure: failure), status: .unprocessableEntity)
        }
    }

    func show(req: Request) async throws -> Response {
        try await renderCard(req, actorID: try req.uuidParameter("actorID"))
    }

    /// The actor's card; `photoFailure` says why an upload was refused.
    func renderCard(_ req: Request, actorID: UUID, photoFailure: ValidationFailure? = nil) async throws -> Response {
        let (actor, map, access) = try await req.actorAccess(actorID, requiring: .viewer)
        let layer = try await LayerModel.find(actor.layerID, on: req.db)
        let symbols = try await SymbolStore.all(workspaceID: map.workspaceID, on: req.db)
        let people = try await UserModel.query(on: req.db).filter(\.$id ~~ [actor.createdBy, actor.updatedBy].compactMap { $0 }).all()
        let names = Dictionary(people.compactMap { user in user.id.map { ($0, user.displayName) } }, uniquingKeysWith: { first, _ in first })
        let photos = try await PhotoStore.list(actorID: actor.id, on: req.db)
        return try await ActorViews.card(req, actor: actor, map: map, access: access, layer: layer, symbols: symbols, names: names,
                                         photos: photos, photoState: FormState(failure: photoFailure),
                                         status: photoFailure == nil ? .ok : .unprocessableEntity)
    }

    func editForm(req: Request) async throws -> Response {
        let (actor, map, access) = try await req.actorAccess(try req.uuidParameter("actorID"), requiring: .editor)
        let context = try await formContext(req, map: map)
        return try await ActorViews.form(req, map: map, access: access, actor: actor, context: context, state: ActorViews.state(actor))
    }

    func update(req: Request) async throws -> Response {
        let (actor, map, access) = try await req.actorAccess(try req.uuidParameter("actorID"), requiring: .editor)
        let fields = try await req.formFields()
        do {
            let draft = try await ActorStore.read(InputReader(fields, mode: .form), mapID: actor.mapID, workspaceID: access.workspaceID, on: req.db)
            _ = try await ActorStore.update(actor, draft: draft, expected: try await req.formVersion(), by: access.userID, on: req.db)
            return req.redirect(to: ActorViews.path(actor.id) + "?notice=actorSaved")
        } catch let failure as ValidationFailure {
            let context = try await formContext(req, map: map)
            return try await ActorViews.form(req, map: map, access: access, actor: actor, context: context,
                                             state: FormState(values: fields, failure: failure), status: .unprocessableEntity)
        } catch AppError.conflict(let message, _) {
            // Someone saved first: show what is stored now beside what this person typed.
            let context = try await formContext(req, map: map)
            let fresh = try await ActorTable.find(actor.id, on: try ActorStore.sql(req.db)) ?? actor
            var state = FormState(values: fields, message: message)
            state.values["version"] = .number(Double(fresh.version))
            return try await ActorViews.form(req, map: map, access: access, actor: fresh, context: context, state: state,
                                             status: .conflict, stored: fresh)
        }
    }

    func deleteForm(req: Request) async throws -> Response {
        let (actor, map, access) = try await req.actorAccess(try req.uuidParameter("actorID"), requiring: .editor)
        return try await ActorViews.confirmDelete(req, actor: actor, map: map, access: access)
    }

    func delete(req: Request) async throws -> Response {
        let (actor, map, _) = try await req.actorAccess(try req.uuidParameter("actorID"), requiring: .editor)
        try await ActorStore.delete(actor, expected: try await req.formVersion(), by: try req.requireUser().id, on: req.db)
        return req.redirect(to: MapViews.path(map.id ?? UUID()) + "?notice=actorDeleted")
    }
}
