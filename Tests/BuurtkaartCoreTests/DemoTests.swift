import Foundation
import Testing
@testable import BuurtkaartCore

@Suite("The demo workspace vzw Vaneir")
struct DemoTests {
    @Test("about forty actors, most evaluated on all four axes, across every layer", arguments: Language.allCases)
    func actors(language: Language) throws {
        var layerOf: [UUID: Cluster] = [:]
        let actors = DemoWorkspace.actors(in: language) { cluster in
            let id = UUID()
            layerOf[id] = cluster
            return id
        }
        #expect((35...60).contains(actors.count))
        #expect(actors.filter(\.evaluation.isComplete).count >= 30)
        let clusters = Set(actors.compactMap { layerOf[$0.layerID] })
        #expect(clusters == Set(Cluster.allCases))
        for actor in actors {
            #expect(SymbolCatalog.symbol(id: actor.symbolID) != nil, "\(actor.name)")
            #expect(!actor.name.isEmpty && actor.name.count <= 200)
            let reread = try ActorDraft.read(try InputReader.json(actor.jsonValue), symbols: SymbolLookup(), defaultSymbol: { _ in nil })
            #expect(reread == actor, "\(actor.name) does not pass its own validation unchanged")
        }
        #expect(actors.contains { $0.evaluation.tone == .conflictual && $0.isSensitive })
        #expect(actors.contains { $0.isKeyFigure && !$0.keyFigureNetworks.isEmpty })
        #expect(actors.contains { $0.status == .dormant })
        #expect(actors.contains { $0.geometry == nil })
    }

    @Test("the organisation sits near Groot Eiland and every actor within walking distance", arguments: Language.allCases)
    func positions(language: Language) throws {
        let workspace = DemoWorkspace.workspace(in: language)
        #expect(workspace.name.contains("Vaneir"))
        let centre = try #require(workspace.position)
        #expect(centre.distance(to: Coordinate(latitude: 50.851, longitude: 4.3355)) < 500)
        for actor in DemoWorkspace.actors(in: language, layerID: { _ in UUID() }) {
            for point in actor.geometry?.allCoordinates ?? [] {
                #expect(point.distance(to: centre) < 1500, "\(actor.name)")
            }
        }
        let map = DemoWorkspace.map(in: language)
        #expect(!map.title.isEmpty && !map.focus.isEmpty)
        #expect(map.boundary?.geometry.kind == .lineString && map.boundary?.shape == .line)
    }
}
