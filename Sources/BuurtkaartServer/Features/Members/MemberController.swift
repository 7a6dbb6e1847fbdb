import BuurtkaartCore
import Fluent
import Vapor

/// The members page of a workspace, invitations and their links, in HTML.
struct MemberController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let members = routes.grouped("workspaces", ":workspaceID", "members")
        members.get(use: index)
        members.post("invite", use: invite)
        members.post(":membershipID", "role", use: changeRole)
        members.post(":membershipID", "remove", use: remove)
        routes.post("workspaces", ":workspaceID", "invitations", ":invitationID", "revoke", use: revoke)
        routes.get("join", ":token", use: joinForm)
        routes.post("join", ":token", use: join)
        routes.post("invitations", ":invitationID", "accept", use: acceptMine)
        routes.post("invitations", ":invitationID", "decline", use: declineMine)
    }

    func index(req: Request) async throws -> Response {
        let access = try await req.workspaceAccess(try req.uuidParameter("workspaceID"), requiring: .viewer)
        return try await render(req, access: access, inviteState: FormState(values: ["role": .string(Role.editor.rawValue)]))
    }

    private func render(_ req: Request, access: WorkspaceAccess, inviteState: FormState, newLink: (InvitationModel, String)? = nil,
                        message: LocalizedMessage? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let members = try await MemberStore.members(of: access.workspaceID, on: req.db)
        let invitations = access.role.canManage ? try await MemberStore.openInvitations(of: access.workspaceID, on: req.db) : []
        return try await MemberViews.index(req, access: access, members: members, invitations: invitations,
                                           inviteState: inviteState, newLink: newLink, message: message, status: status)
    }

    func invite(req: Request) async throws -> Response {
        let access = try await req.workspaceAccess(try req.uuidParameter("workspaceID"), requiring: .owner)
        let fields = try await req.formFields()
        let reader = InputReader(fields, mode: .form)
        let email = reader.email("email", required: true)
        let role = reader.choice("role", default: Role.editor) ?? .editor
        do {
            try reader.finish()
            let (invitation, token) = try await MemberStore.invite(access, email: email, role: role, on: req.db)
            let link = req.baseURL + "/join/" + token
            return try await render(req, access: access, inviteState: FormState(values: ["role": .string(role.rawValue)]), newLink: (invitation, link))
        } catch let failure as ValidationFailure {
            return try await render(req, access: access, inviteState: FormState(values: fields, failure: failure), status: .unprocessableEntity)
        }
    }

    private func member(_ req: Request, _ access: WorkspaceAccess) async throws -> MembershipModel {
        let id = try req.uuidParameter("membershipID")
        guard let membership = try await MembershipModel.find(id, on: req.db), membership.workspaceID == access.workspaceID else {
            throw AppError.notFound
        }
        return membership
    }

    func changeRole(req: Request) async throws -> Response {
        let access = try await req.workspaceAccess(try req.uuidParameter("workspaceID"), requiring: .owner)
        let membership = try await member(req, access)
        let fields = try await req.formFields()
        guard let role = fields["role"]?.stringValue.flatMap(Role.init(rawValue:)) else {
            throw AppError.invalid(ValidationFailure(field: "role", "error.input.unknownChoice", ["value": "", "allowed": "owner, editor, viewer"]))
        }
        do {
            try await MemberStore.changeRole(access, member: membership, to: role, expected: try await req.formVersion(), on: req.db)
        } catch AppError.conflict(let message, _) {
            return try await render(req, access: access, inviteState: FormState(), message: message, status: .conflict)
        }
        return req.redirect(to: WorkspaceViews.path(access.workspaceID) + "/members?notice=roleChanged")
    }

    /// Removes a member (an owner removing someone) or leaves (anyone removing themselves).
    func remove(req: Request) async throws -> Response {
        let workspaceID = try req.uuidParameter("workspaceID")
        let viewerAccess = try await req.workspaceAccess(workspaceID, requiring: .viewer)
        let membership = try await member(req, viewerAccess)
        let isSelf = membership.userID == viewerAccess.userID
        let access = isSelf ? viewerAccess : try await req.workspaceAccess(workspaceID, requiring: .owner)
        do {
            try await MemberStore.remove(access, member: membership, expected: try await req.formVersion(), on: req.db)
        } catch AppError.conflict(let message, _) {
            return try await render(req, access: access, inviteState: FormState(), message: message, status: .conflict)
        }
        if isSelf { return req.redirect(to: "/workspaces?notice=leftWorkspace") }
        return req.redirect(to: WorkspaceViews.path(workspaceID) + "/members?notice=memberRemoved")
    }

    func revoke(req: Request) async throws -> Response {
        let access = try await req.workspaceAccess(try req.uuidParameter("workspaceID"), requiring: .owner)
        let id = try req.uuidParameter("invitationID")
        try await InvitationModel.query(on: req.db).filter(\.$id == id).filter(\.$workspaceID == access.workspaceID).delete()
        return req.redirect(to: WorkspaceViews.path(access.workspaceID) + "/members?notice=invitationRevoked")
    }

    func joinForm(req: Request) async throws -> Response {
        let token = req.parameters.get("token") ?? ""
        guard let invitation = try await MemberStore.invitation(token: token, on: req.db),
              let workspace = try await WorkspaceModel.find(invitation.workspaceID, on: req.db)
        else { throw AppError.notFound }
        return try await MemberViews.join(req, token: token, invitation: invitation, workspace: workspace)
    }

    func join(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let token = req.parameters.get("token") ?? ""
        guard let invitation = try await MemberStore.invitation(token: token, on: req.db) else { throw AppError.notFound }
        try await MemberStore.accept(invitation, by: user, on: req.db)
        return req.redirect(to: WorkspaceViews.path(invitation.workspaceID) + "?notice=joined")
    }

    private func myInvitation(_ req: Request) async throws -> (InvitationModel, CurrentUser) {
        let user = try req.requireUser()
        guard let invitation = try await InvitationModel.find(try req.uuidParameter("invitationID"), on: req.db),
              invitation.email == user.email, invitation.acceptedAt == nil, invitation.expiresAt > Date()
        else { throw AppError.notFound }
        return (invitation, user)
    }

    func acceptMine(req: Request) async throws -> Response {
        let (invitation, user) = try await myInvitation(req)
        try await MemberStore.accept(invitation, by: user, on: req.db)
        return req.redirect(to: WorkspaceViews.path(invitation.workspaceID) + "?notice=joined")
    }

    func declineMine(req: Request) async throws -> Response {
        let (invitation, _) = try await myInvitation(req)
        try await invitation.delete(on: req.db)
        return req.redirect(to: "/workspaces?notice=invitationDeclined")
    }
}

/// `/api/v1/workspaces/:id/members` and `/invitations`.
struct MemberAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let members = routes.grouped("workspaces", ":workspaceID", "members")
        members.get(use: index)
        members.post(use: invite)
        members.patch(":membershipID", use: update)
        members.delete(":membershipID", use: delete)
        let invitations = routes.grouped("workspaces", ":workspaceID", "invitations")
        invitations.get(use: invitationsIndex)
        invitations.delete(":invitationID", use: revoke)
    }

    func index(req: Request) async throws -> [MemberDTO] {
        let access = try await req.workspaceAccess(try req.uuidParameter("workspaceID"), requiring: .viewer)
        return try await MemberStore.members(of: access.workspaceID, on: req.db).map(MemberDTO.init)
    }

    func invite(req: Request) async throws -> Response {
        let access = try await req.workspaceAccess(try req.uuidParameter("workspaceID"), requiring: .owner)
        let reader = try InputReader.json(try await req.jsonBody())
        reader.rejectUnknown(known: ["email", "role"])
        let email = reader.email("email", required: true)
        let role = reader.choice("role", default: Role.editor) ?? .editor
        try reader.finish()
        let (invitation, token) = try await MemberStore.invite(access, email: email, role: role, on: req.db)
        return try await InvitationDTO(invitation, link: req.baseURL + "/join/" + token).encodeResponse(status: .created, for: req)
    }

    private func member(_ req: Request, _ access: WorkspaceAccess) async throws -> MembershipModel {
        guard let membership = try await MembershipModel.find(try req.uuidParameter("membershipID"), on: req.db),
              membership.workspaceID == access.workspaceID
        else { throw AppError.notFound }
        return membership
    }

    func update(req: Request) async throws -> Response {
        let access = try await req.workspaceAccess(try req.uuidParameter("workspaceID"), requiring: .owner)
        let membership = try await member(req, access)
        let expected = try ETag.expectedVersion(req)
        let reader = try InputReader.json(try await req.jsonBody())
        reader.rejectUnknown(known: ["role"], ignored: ["id", "userId", "displayName", "email", "version"])
        let role = reader.choice("role", default: nil as Role?)
        if role == nil && !reader.has("role") { reader.fail("role", "error.input.required") }
        try reader.finish()
        try await MemberStore.changeRole(access, member: membership, to: role ?? .viewer, expected: expected, on: req.db)
        guard let user = try await UserModel.find(membership.userID, on: req.db) else { throw AppError.notFound }
        return try await APIResponse.ok(MemberDTO(MemberStore.Member(membership: membership, user: user)), version: membership.version, for: req)
    }

    func delete(req: Request) async throws -> HTTPStatus {
        let workspaceID = try req.uuidParameter("workspaceID")
        let viewerAccess = try await req.workspaceAccess(workspaceID, requiring: .viewer)
        let membership = try await member(req, viewerAccess)
        let access = membership.userID == viewerAccess.userID ? viewerAccess : try await req.workspaceAccess(workspaceID, requiring: .owner)
        try await MemberStore.remove(access, member: membership, expected: try ETag.expectedVersion(req), on: req.db)
        return .noContent
    }

    func invitationsIndex(req: Request) async throws -> [InvitationDTO] {
        let access = try await req.workspaceAccess(try req.uuidParameter("workspaceID"), requiring: .owner)
        return try await MemberStore.openInvitations(of: access.workspaceID, on: req.db).map { InvitationDTO($0) }
    }

    func revoke(req: Request) async throws -> HTTPStatus {
        let access = try await req.workspaceAccess(try req.uuidParameter("workspaceID"), requiring: .owner)
        let id = try req.uuidParameter("invitationID")
        guard try await InvitationModel.query(on: req.db).filter(\.$id == id).filter(\.$workspaceID == access.workspaceID).first() != nil else {
            throw AppError.notFound
        }
        try await InvitationModel.query(on: req.db).filter(\.$id == id).delete()
        return .noContent
    }
}
