import BuurtkaartCore
import Fluent
import SQLKit
import Vapor

/// A signed-in person's standing in one workspace, established before anything in it is
/// read or changed.
struct WorkspaceAccess: Sendable {
    let user: CurrentUser
    let workspace: WorkspaceModel
    let role: Role

    var userID: UUID { user.id }
    var workspaceID: UUID { workspace.id ?? UUID() }
}

extension Request {
    /// The caller's role in a workspace, at least `minimum`: the one check every route goes
    /// through. A workspace the caller is not a member of answers 404, as if it did not exist,
    /// so that its existence is not revealed; a member whose role is too low gets 403.
    func role(in workspaceID: UUID, requiring minimum: Role) async throws -> Role {
        let user = try requireUser()
        guard let sql = db as? any SQLDatabase,
              let row = try await sql.raw("""
                SELECT role FROM memberships WHERE workspace_id = \(bind: workspaceID) AND user_id = \(bind: user.id)
                """).first(),
              let role = Role(rawValue: try row.decode(column: "role", as: String.self))
        else { throw AppError.notFound }
        return try Self.authorize(role, minimum)
    }

    /// The rule of every route: no role is 404, too low a role is 403.
    static func authorize(_ role: Role?, _ minimum: Role) throws -> Role {
        guard let role else { throw AppError.notFound }
        guard role >= minimum else { throw AppError.forbidden }
        return role
    }

    func workspaceAccess(_ workspaceID: UUID, requiring minimum: Role) async throws -> WorkspaceAccess {
        let role = try await role(in: workspaceID, requiring: minimum)
        guard let workspace = try await WorkspaceModel.find(workspaceID, on: db) else { throw AppError.notFound }
        return WorkspaceAccess(user: try requireUser(), workspace: workspace, role: role)
    }

    func mapAccess(_ mapID: UUID, requiring minimum: Role) async throws -> (MapModel, WorkspaceAccess) {
        _ = try requireUser()
        guard let map = try await MapModel.find(mapID, on: db) else { throw AppError.notFound }
        return (map, try await workspaceAccess(map.workspaceID, requiring: minimum))
    }

    func layerAccess(_ layerID: UUID, requiring minimum: Role) async throws -> (LayerModel, MapModel, WorkspaceAccess) {
        _ = try requireUser()
        guard let layer = try await LayerModel.find(layerID, on: db) else { throw AppError.notFound }
        let (map, access) = try await mapAccess(layer.mapID, requiring: minimum)
        return (layer, map, access)
    }

    /// An actor with its map and workspace, for the pages.
    func actorAccess(_ actorID: UUID, requiring minimum: Role) async throws -> (ActorRecord, MapModel, WorkspaceAccess) {
        let (actor, _, _) = try await actorRecordAccess(actorID, requiring: minimum)
        let (map, access) = try await mapAccess(actor.mapID, requiring: minimum)
        return (actor, map, access)
    }

    /// An actor and the caller's role over it, in one query: the API's hot path.
    func actorRecordAccess(_ actorID: UUID, requiring minimum: Role, includeDeleted: Bool = false) async throws -> (ActorRecord, workspaceID: UUID, role: Role) {
        let user = try requireUser()
        guard let sql = db as? any SQLDatabase,
              let (actor, workspaceID, role) = try await ActorTable.findWithRole(actorID, userID: user.id, includeDeleted: includeDeleted, on: sql)
        else { throw AppError.notFound }
        return (actor, workspaceID, try Self.authorize(role.flatMap(Role.init(rawValue:)), minimum))
    }
}
