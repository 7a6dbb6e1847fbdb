import BuurtkaartCore
import Fluent
import Vapor

/// Puts the demo workspace, "vzw Vaneir" of the method's guide, into the database.
enum DemoLoader {
    static let demoEmail = "demo@buurtkaart.local"

    /// Creates a copy of the demo workspace owned by `owner`, its texts in `language`;
    /// answers the new workspace's id. All of it is one transaction.
    static func load(owner: UUID, language: Language, on database: Database) async throws -> UUID {
        let workspace = WorkspaceModel(isDemo: true, createdBy: owner)
        workspace.apply(DemoWorkspace.workspace(in: language))
        let map = MapModel(workspaceID: UUID(), createdBy: owner)
        map.apply(DemoWorkspace.map(in: language))
        try await database.transaction { transaction in
            try await workspace.create(on: transaction)
            let workspaceID = workspace.id ?? UUID()
            try await MembershipModel(workspaceID: workspaceID, userID: owner, role: Role.owner.rawValue, createdBy: owner).create(on: transaction)
            map.workspaceID = workspaceID
            try await map.create(on: transaction)
            let mapID = map.id ?? UUID()
            var layerIDs: [Cluster: UUID] = [:]
            for (index, entry) in LayerDraft.defaults(in: language).enumerated() {
                let layer = LayerModel(mapID: mapID, position: index, cluster: entry.cluster.rawValue, createdBy: owner)
                layer.apply(entry.draft)
                try await layer.create(on: transaction)
                layerIDs[entry.cluster] = layer.id
            }
            let fallback = layerIDs[.others] ?? UUID()
            let sql = try ActorStore.sql(transaction)
            let now = Date()
            for draft in DemoWorkspace.actors(in: language, layerID: { layerIDs[$0] ?? fallback }) {
                try await ActorTable.insert(draft, id: UUID(), mapID: mapID, by: owner, at: now, on: sql)
            }
        }
        return workspace.id ?? UUID()
    }

    struct DemoAccount: Sendable {
        let email: String
        /// The password when the account was made now; `nil` when it already existed.
        let password: String?
    }

    /// Makes sure the demo account exists and owns a demo workspace; a new account gets
    /// `password`, or a random one that is answered so that it can be printed once.
    static func ensureDemo(app: Application, password: String?) async throws -> DemoAccount {
        let database = app.db
        if let user = try await UserModel.query(on: database).filter(\.$email == demoEmail).first(), let userID = user.id {
            let memberships = try await MembershipModel.query(on: database).filter(\.$userID == userID).all()
            let hasDemo = try await WorkspaceModel.query(on: database)
                .filter(\.$id ~~ memberships.map(\.workspaceID)).filter(\.$isDemo == true).count() > 0
            if !hasDemo { _ = try await load(owner: userID, language: .dutch, on: database) }
            if let password {
                user.passwordHash = try await Passwords.hash(password, app: app)
                try await user.update(on: database)
            }
            return DemoAccount(email: demoEmail, password: password)
        }
        let chosen = password ?? String(SessionMiddleware.randomToken().prefix(16))
        let draft = AccountDraft(email: demoEmail, displayName: "Demo", password: chosen, language: .dutch)
        let user = try await UserStore.create(draft, app: app, on: database)
        _ = try await load(owner: user.id ?? UUID(), language: .dutch, on: database)
        return DemoAccount(email: demoEmail, password: chosen)
    }
}
