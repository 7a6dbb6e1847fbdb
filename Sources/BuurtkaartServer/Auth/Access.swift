import BuurtkaartCore
import Fluent
import Vapor

/// A signed-in person's standing in one workspace, established before anything in it is
/// read or changed.
struct WorkspaceAccess: Sendable {
    let user: UserModel
    let workspace: WorkspaceModel
    let membership: MembershipModel
    let role: Role

    var userID: UUID { user.id ?? UUID() }
    var workspaceID: UUID { workspace.id ?? UUID() }
}

extension Request {
    /// The caller's access to a workspace with at least `minimum` role. A workspace the
    /// caller is not a member of answers 404, as if it did not exist, so that its existence
    /// is not revealed; a member whose role is too low gets 403.
    func workspaceAccess(_ workspaceID: UUID, requiring minimum: Role) async throws -> WorkspaceAccess {
        let user = try requireUser()
        guard let userID = user.id,
              let membership = try await MembershipModel.query(on: db)
                .filter(\.$workspaceID == workspaceID).filter(\.$userID == userID).first(),
              let workspace = try await WorkspaceModel.find(workspaceID, on: db)
        else { throw AppError.notFound }
        let role = Role(rawValue: membership.role) ?? .viewer
        guard role >= minimum else { throw AppError.forbidden }
        return WorkspaceAccess(user: user, workspace: workspace, membership: membership, role: role)
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

    func actorAccess(_ actorID: UUID, requiring minimum: Role) async throws -> (ActorModel, MapModel, WorkspaceAccess) {
        _ = try requireUser()
        guard let actor = try await ActorModel.find(actorID, on: db) else { throw AppError.notFound }
        let (map, access) = try await mapAccess(actor.mapID, requiring: minimum)
        return (actor, map, access)
    }
}
