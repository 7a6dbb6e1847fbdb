import Foundation

/// One actor as the network map sees it: who, in which layer, and the evaluation of the
/// relation. Built from the same actor rows as the geographic map, never a separate set.
public struct NetworkActor: Sendable, Hashable, Codable, Identifiable {
    public var id: UUID
    public var name: String
    public var layerID: UUID
    public var kind: ActorKind
    public var symbolID: String
    public var status: ActorStatus
    public var isKeyFigure: Bool
    /// For key figures: the networks or communities they open.
    public var keyFigureNetworks: String
    public var isSensitive: Bool
    public var evaluation: Evaluation
    /// The version of the actor's row, for the page's edits (`If-Match`).
    public var version: Int

    public init(
        id: UUID, name: String, layerID: UUID, kind: ActorKind = .organisation, symbolID: String = "",
        status: ActorStatus = .current, isKeyFigure: Bool = false, keyFigureNetworks: String = "",
        isSensitive: Bool = false, evaluation: Evaluation = Evaluation(), version: Int = 1
    ) {
        self.id = id
        self.name = name
        self.layerID = layerID
        self.kind = kind
        self.symbolID = symbolID
        self.status = status
        self.isKeyFigure = isKeyFigure
        self.keyFigureNetworks = keyFigureNetworks
        self.isSensitive = isSensitive
        self.evaluation = evaluation
        self.version = version
    }
}

/// A layer as the network map sees it: its sector is drawn in the layer's order and colour.
public struct NetworkLayer: Sendable, Hashable, Codable, Identifiable {
    public var id: UUID
    public var name: String
    public var colour: HexColour
    public var symbolID: String

    public init(id: UUID, name: String, colour: HexColour, symbolID: String = "") {
        self.id = id
        self.name = name
        self.colour = colour
        self.symbolID = symbolID
    }
}

/// Everything the network map of one map is drawn from: the organisation at the centre, the
/// layers in their order and the actors.
public struct NetworkInput: Sendable, Hashable, Codable {
    /// The organisation's name, written in the centre.
    public var organisation: String
    /// The organisation's logo as a `data:` URI (PNG, JPEG or WebP), drawn in the centre
    /// instead of the name when there is one.
    public var logoDataURI: String?
    public var layers: [NetworkLayer]
    public var actors: [NetworkActor]

    public init(organisation: String, logoDataURI: String? = nil, layers: [NetworkLayer], actors: [NetworkActor]) {
        self.organisation = organisation
        self.logoDataURI = logoDataURI
        self.layers = layers
        self.actors = actors
    }

    /// The actors placed on a circle (evaluated on engagement), and those still to place.
    public var placed: [NetworkActor] { actors.filter { $0.evaluation.ring != nil } }
    public var unplaced: [NetworkActor] { actors.filter { $0.evaluation.ring == nil } }
}
