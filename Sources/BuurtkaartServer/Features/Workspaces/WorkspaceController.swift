import BuurtkaartCore
import Fluent
import Vapor

/// The workspaces pages: the list of one's workspaces, creating, the overview, settings,
/// the logo, deleting, and a personal copy of the demo.
struct WorkspaceController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let workspaces = routes.grouped("workspaces")
        workspaces.get(use: index)
        workspaces.get("new", use: newForm)
        workspaces.post(use: create)
        workspaces.post("demo", use: createDemoCopy)
        let workspace = workspaces.grouped(":workspaceID")
        workspace.get(use: show)
        workspace.get("edit", use: editForm)
        workspace.post("edit", use: update)
        workspace.get("logo", use: logo)
        workspace.on(.POST, "logo", body: .collect(maxSize: "1mb"), use: uploadLogo)
        workspace.post("logo", "delete", use: deleteLogo)
        workspace.get("delete", use: deleteForm)
        workspace.post("delete", use: delete)
    }

    func index(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let listed = try await WorkspaceStore.list(for: user.id, on: req.db)
        let invitations = try await MemberStore.pendingInvitations(for: user, on: req.db)
        return try await WorkspaceViews.index(req, workspaces: listed, invitations: invitations)
    }

    func newForm(req: Request) async throws -> Response {
        _ = try req.requireUser()
        return try await WorkspaceViews.form(req, workspace: nil, state: FormState())
    }

    func create(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let fields = try await req.formFields()
        do {
            let draft = try WorkspaceDraft.read(InputReader(fields, mode: .form))
            let workspace = try await WorkspaceStore.create(draft, owner: user.id, on: req.db)
            return req.redirect(to: "/workspaces/\(workspace.id?.uuidString.lowercased() ?? "")?notice=workspaceCreated")
        } catch let failure as ValidationFailure {
            return try await WorkspaceViews.form(req, workspace: nil, state: FormState(values: fields, failure: failure), status: .unprocessableEntity)
        }
    }

    func createDemoCopy(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let workspaceID = try await DemoLoader.load(owner: user.id, language: req.language, on: req.db)
        return req.redirect(to: "/workspaces/\(workspaceID.uuidString.lowercased())?notice=demoCreated")
    }

    func show(req: Request) async throws -> Response {
        let access = try await req.workspaceAccess(try req.uuidParameter("workspaceID"), requiring: .viewer)
        let maps = try await MapModel.query(on: req.db).filter(\.$workspaceID == access.workspaceID).sort(\.$title).all()
        var counts: [UUID: Int] = [:]
        for map in maps {
            if let id = map.id { counts[id] = try await ActorModel.query(on: req.db).filter(\.$mapID == id).count() }
        }
        let memberCount = try await MembershipModel.query(on: req.db).filter(\.$workspaceID == access.workspaceID).count()
        return try await WorkspaceViews.show(req, access: access, maps: maps, actorCounts: counts, memberCount: memberCount)
    }

    func editForm(req: Request) async throws -> Response {
        let access = try await req.workspaceAccess(try req.uuidParameter("workspaceID"), requiring: .owner)
        return try await WorkspaceViews.form(req, workspace: access, state: WorkspaceViews.formState(access.workspace))
    }

    func update(req: Request) async throws -> Response {
        let access = try await req.workspaceAccess(try req.uuidParameter("workspaceID"), requiring: .owner)
        let fields = try await req.formFields()
        let expected = try await req.formVersion()
        do {
            let draft = try WorkspaceDraft.read(InputReader(fields, mode: .form))
            try await WorkspaceStore.update(access, draft: draft, expected: expected, on: req.db)
            return req.redirect(to: "/workspaces/\(access.workspaceID.uuidString.lowercased())?notice=workspaceSaved")
        } catch let failure as ValidationFailure {
            return try await WorkspaceViews.form(req, workspace: access, state: FormState(values: fields, failure: failure), status: .unprocessableEntity)
        } catch AppError.conflict(let message, _) {
            var state = WorkspaceViews.formState(access.workspace)
            state.message = message
            return try await WorkspaceViews.form(req, workspace: access, state: state, status: .conflict)
        }
    }

    func logo(req: Request) async throws -> Response {
        let access = try await req.workspaceAccess(try req.uuidParameter("workspaceID"), requiring: .viewer)
        guard let data = access.workspace.logoData, let type = access.workspace.logoType else { throw AppError.notFound }
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.replaceOrAdd(name: .contentType, value: type)
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, max-age=60")
        response.headers.replaceOrAdd(name: .contentSecurityPolicy, value: "default-src 'none'")
        return response
    }

    struct LogoUpload: Content {
        var logo: File?
        var version: Int?
    }

    func uploadLogo(req: Request) async throws -> Response {
        let access = try await req.workspaceAccess(try req.uuidParameter("workspaceID"), requiring: .owner)
        let upload = try req.content.decode(LogoUpload.self)
        guard let file = upload.logo, file.data.readableBytes > 0 else {
            let state = WorkspaceViews.formState(access.workspace, failure: ValidationFailure(field: "logo", "error.input.required"))
            return try await WorkspaceViews.form(req, workspace: access, state: state, status: .unprocessableEntity)
        }
        do {
            try await WorkspaceStore.setLogo(access, data: Data(buffer: file.data), expected: upload.version ?? 0, on: req.db)
        } catch let failure as ValidationFailure {
            let state = WorkspaceViews.formState(access.workspace, failure: failure)
            return try await WorkspaceViews.form(req, workspace: access, state: state, status: .unprocessableEntity)
        }
        return req.redirect(to: "/workspaces/\(access.workspaceID.uuidString.lowercased())/edit?notice=logoSaved")
    }

    func deleteLogo(req: Request) async throws -> Response {
        let access = try await req.workspaceAccess(try req.uuidParameter("workspaceID"), requiring: .owner)
        try await WorkspaceStore.setLogo(access, data: nil, expected: try await req.formVersion(), on: req.db)
        return req.redirect(to: "/workspaces/\(access.workspaceID.uuidString.lowercased())/edit?notice=logoRemoved")
    }

    func deleteForm(req: Request) async throws -> Response {
        let access = try await req.workspaceAccess(try req.uuidParameter("workspaceID"), requiring: .owner)
        return try await WorkspaceViews.confirmDelete(req, access: access, state: FormState())
    }

    func delete(req: Request) async throws -> Response {
        let access = try await req.workspaceAccess(try req.uuidParameter("workspaceID"), requiring: .owner)
        let fields = try await req.formFields()
        let typed = fields["confirmName"]?.stringValue?.trimmingCharacters(in: .whitespaces) ?? ""
        guard typed == access.workspace.name else {
            let state = FormState(values: fields, failure: ValidationFailure(field: "confirmName", "error.delete.nameMismatch"))
            return try await WorkspaceViews.confirmDelete(req, access: access, state: state, status: .unprocessableEntity)
        }
        try await WorkspaceStore.delete(access, expected: try await req.formVersion(), on: req.db)
        return req.redirect(to: "/workspaces?notice=workspaceDeleted")
    }
}
