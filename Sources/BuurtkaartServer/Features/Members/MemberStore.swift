import BuurtkaartCore
import Fluent
import SQLKit
import Vapor

/// Members, roles and invitations of a workspace, with the rule that a workspace always
/// keeps at least one owner.
enum MemberStore {
    static let invitationLifetime: TimeInterval = 14 * 24 * 3600

    struct Member: Sendable {
        let membership: MembershipModel
        let user: UserModel
        var role: Role { Role(rawValue: membership.role) ?? .viewer }
    }

    static func members(of workspaceID: UUID, on database: Database) async throws -> [Member] {
        let memberships = try await MembershipModel.query(on: database).filter(\.$workspaceID == workspaceID).all()
        let users = try await UserModel.query(on: database).filter(\.$id ~~ memberships.map(\.userID)).all()
        let byID = Dictionary(users.compactMap { user in user.id.map { ($0, user) } }, uniquingKeysWith: { first, _ in first })
        return memberships.compactMap { membership in byID[membership.userID].map { Member(membership: membership, user: $0) } }
            .sorted { ($0.role, $1.user.displayName) > ($1.role, $0.user.displayName) }
    }

    static func openInvitations(of workspaceID: UUID, on database: Database) async throws -> [InvitationModel] {
        try await InvitationModel.query(on: database)
            .filter(\.$workspaceID == workspaceID).filter(\.$acceptedAt == nil).filter(\.$expiresAt > Date())
            .sort(\.$createdAt, .descending).all()
    }

    /// Invites `email` with `role`; answers the invitation and the secret token of its link,
    /// which is shown once and stored only as a hash.
    static func invite(_ access: WorkspaceAccess, email: String, role: Role, on database: Database) async throws -> (InvitationModel, String) {
        let members = try await members(of: access.workspaceID, on: database)
        if members.contains(where: { $0.user.email == email }) {
            throw ValidationFailure(field: "email", "error.members.alreadyMember")
        }
        let token = SessionMiddleware.randomToken()
        let invitation = InvitationModel(
            workspaceID: access.workspaceID, email: email, role: role.rawValue,
            tokenHash: SessionMiddleware.hash(token), expiresAt: Date().addingTimeInterval(invitationLifetime),
            createdBy: access.userID
        )
        try await database.transaction { transaction in
            try await InvitationModel.query(on: transaction)
                .filter(\.$workspaceID == access.workspaceID).filter(\.$email == email).filter(\.$acceptedAt == nil)
                .delete()
            try await invitation.create(on: transaction)
        }
        return (invitation, token)
    }

    static func invitation(token: String, on database: Database) async throws -> InvitationModel? {
        try await InvitationModel.query(on: database)
            .filter(\.$tokenHash == SessionMiddleware.hash(token)).filter(\.$acceptedAt == nil).filter(\.$expiresAt > Date())
            .first()
    }

    static func pendingInvitations(for user: CurrentUser, on database: Database) async throws -> [InvitationModel.Pending] {
        let invitations = try await InvitationModel.query(on: database)
            .filter(\.$email == user.email).filter(\.$acceptedAt == nil).filter(\.$expiresAt > Date()).all()
        var pending: [InvitationModel.Pending] = []
        for invitation in invitations {
            if let workspace = try await WorkspaceModel.find(invitation.workspaceID, on: database), let id = invitation.id {
                pending.append(InvitationModel.Pending(id: id, workspaceID: invitation.workspaceID, workspaceName: workspace.name, role: invitation.role))
            }
        }
        return pending
    }

    /// Makes `user` a member with the invitation's role (keeping a higher role they already
    /// have) and closes the invitation.
    static func accept(_ invitation: InvitationModel, by user: CurrentUser, on database: Database) async throws {
        let userID = user.id
        let role = Role(rawValue: invitation.role) ?? .viewer
        try await database.transaction { transaction in
            if let existing = try await MembershipModel.query(on: transaction)
                .filter(\.$workspaceID == invitation.workspaceID).filter(\.$userID == userID).first() {
                if role > (Role(rawValue: existing.role) ?? .viewer) {
                    existing.role = role.rawValue
                    existing.version += 1
                    try await existing.update(on: transaction)
                }
            } else {
                try await MembershipModel(workspaceID: invitation.workspaceID, userID: userID, role: role.rawValue, createdBy: invitation.createdBy)
                    .create(on: transaction)
            }
            invitation.acceptedAt = Date()
            invitation.acceptedBy = userID
            try await invitation.update(on: transaction)
        }
    }

    static func changeRole(_ access: WorkspaceAccess, member: MembershipModel, to role: Role, expected: Int, on database: Database) async throws {
        let workspaceID = access.workspaceID
        try await VersionedWrite.update(member, expected: expected, by: access.userID, on: database,
                                        current: { try await MemberDTO.conflict($0, workspaceID: workspaceID, on: database) },
                                        before: ownersGuard(workspaceID, changing: member, becoming: role)) {
            $0.role = role.rawValue
        }
    }

    static func remove(_ access: WorkspaceAccess, member: MembershipModel, expected: Int, on database: Database) async throws {
        let workspaceID = access.workspaceID
        try await VersionedWrite.delete(member, expected: expected, on: database,
                                        current: { try await MemberDTO.conflict($0, workspaceID: workspaceID, on: database) },
                                        before: ownersGuard(workspaceID, changing: member, becoming: nil))
    }

    /// Refuses to take away the last owner of a workspace. The owners are counted inside
    /// the change's transaction with the workspace row locked, so two owners demoting each
    /// other at once cannot both pass.
    private static func ownersGuard(_ workspaceID: UUID, changing member: MembershipModel, becoming role: Role?) -> @Sendable (Database) async throws -> Void {
        let isOwner = member.role == Role.owner.rawValue
        return { transaction in
            guard isOwner, role != .owner else { return }
            try await VersionedWrite.lock(table: WorkspaceModel.schema, id: workspaceID, on: transaction)
            let owners = try await MembershipModel.query(on: transaction)
                .filter(\.$workspaceID == workspaceID).filter(\.$role == Role.owner.rawValue).count()
            if owners <= 1 {
                throw AppError.conflict(LocalizedMessage("error.members.lastOwner"))
            }
        }
    }
}

extension InvitationModel {
    /// An open invitation addressed to the signed-in person.
    struct Pending: Sendable {
        let id: UUID
        let workspaceID: UUID
        let workspaceName: String
        let role: String
    }
}

struct MemberDTO: Content {
    let id: String
    let userId: String
    let displayName: String
    let email: String
    let role: String
    let version: Int

    init(_ member: MemberStore.Member) {
        id = member.membership.id.text ?? UUID().text
        userId = member.user.id.text ?? UUID().text
        displayName = member.user.displayName
        email = member.user.email
        role = member.membership.role
        version = member.membership.version
    }

    static func conflict(_ membership: MembershipModel, workspaceID: UUID, on database: Database) async throws -> AppError.Conflict {
        guard let user = try await UserModel.find(membership.userID, on: database) else { throw AppError.notFound }
        let dto = MemberDTO(MemberStore.Member(membership: membership, user: user))
        return AppError.Conflict(version: membership.version, representation: JSONValue(encoding: dto))
    }
}

struct InvitationDTO: Content {
    let id: String
    let email: String
    let role: String
    let expiresAt: Date
    /// The link to accept it; present only in the answer that created it.
    let link: String?

    init(_ invitation: InvitationModel, link: String? = nil) {
        id = invitation.id.text ?? UUID().text
        email = invitation.email
        role = invitation.role
        expiresAt = invitation.expiresAt
        self.link = link
    }
}

extension Request {
    /// The address people use to reach this server: the configured base URL, else the
    /// address of this request.
    var baseURL: String {
        if let configured = application.settings.baseURL {
            return configured.hasSuffix("/") ? String(configured.dropLast()) : configured
        }
        let host = headers.first(name: .host) ?? "127.0.0.1"
        return "http://\(host)"
    }
}
