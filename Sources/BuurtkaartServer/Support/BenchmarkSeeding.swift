import BuurtkaartCore
import Fluent
import Foundation
import Vapor

/// Fills a database with a large map for the benchmarks under `Benchmarks/`: an account, a
/// workspace, a map with the twelve layers and `count` actors spread over them, each with
/// a name, a one-sentence description, a position near Brussels and an evaluation.
public enum BenchmarkSeeding {
    public static func fill(app: Application, account: AccountDraft, actors count: Int, singleLayer: Bool = false) async throws -> (mapID: UUID, firstActorID: UUID) {
        let user = try await UserStore.create(account, app: app, on: app.db)
        let userID = user.id ?? UUID()
        let workspace = try await WorkspaceStore.create(
            WorkspaceDraft(name: "Benchmark", position: Coordinate(latitude: 50.85, longitude: 4.35)), owner: userID, on: app.db)
        let access = WorkspaceAccess(user: CurrentUser(user), workspace: workspace, role: .owner)
        let map = try await MapStore.create(MapDraft(title: "Tienduizend actoren"), in: access, language: .dutch, on: app.db)
        let layers = try await MapStore.layers(of: map.id ?? UUID(), on: app.db)
        let tones = Tone.allCases, rings = EngagementRing.allCases
        let firstID = try await app.db.transaction { transaction -> UUID in
            let sql = try ActorStore.sql(transaction)
            let now = Date()
            let firstID = UUID()
            for index in 0..<count {
                let layer = singleLayer ? layers[0] : layers[index % layers.count]
                let draft = ActorDraft(
                    layerID: layer.id ?? UUID(), name: "Actor \(index)", symbolID: layer.symbol,
                    geometry: .point(Coordinate(latitude: 50.80 + Double(index % 100) * 0.001, longitude: 4.30 + Double(index / 100) * 0.001)),
                    description: "A short description of actor number \(index) in the neighbourhood.",
                    evaluation: Evaluation(ring: rings[index % 4], reciprocity: .mutual, influence: .medium, tone: tones[index % 3])
                )
                try await ActorTable.insert(draft, id: index == 0 ? firstID : UUID(), mapID: map.id ?? UUID(), by: userID, at: now, on: sql)
            }
            return firstID
        }
        return (map.id ?? UUID(), firstID)
    }
}
