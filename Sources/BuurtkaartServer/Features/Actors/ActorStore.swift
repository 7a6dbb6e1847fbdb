import BuurtkaartCore
import Fluent
import FluentSQL
import Vapor

/// Reading and writing the actors of a map.
enum ActorStore {
    struct Page: Sendable {
        let actors: [ActorModel]
        let total: Int
    }

    static func list(mapID: UUID, filter: ActorFilter, on database: Database) async throws -> Page {
        let base = filter.apply(to: ActorModel.query(on: database).filter(\.$mapID == mapID))
        let total = try await base.copy().count()
        let actors = try await base
            .sort(.sql(embed: "LOWER(\(ident: "name"))"), .ascending)
            .sort(\.$id)
            .range(filter.offset..<(filter.offset + filter.limit))
            .all()
        return Page(actors: actors, total: total)
    }

    /// Reads an actor draft for `map`, with the map's layers for the default symbol and the
    /// workspace's symbols; a layer of another map is a field error.
    static func read(_ input: InputReader, map: MapModel, on database: Database) async throws -> ActorDraft {
        let layers = try await MapStore.layers(of: map.id ?? UUID(), on: database)
        let symbols = try await SymbolStore.lookup(workspaceID: map.workspaceID, on: database)
        let symbolsByLayer = Dictionary(layers.compactMap { layer in layer.id.map { ($0, layer.symbol) } }, uniquingKeysWith: { first, _ in first })
        if let layerID = input.identifier("layerId"), symbolsByLayer[layerID] == nil {
            input.fail("layerId", "error.actor.layerNotInMap")
        }
        return try ActorDraft.read(input, symbols: symbols, defaultSymbol: { symbolsByLayer[$0] })
    }

    static func create(_ draft: ActorDraft, in map: MapModel, by userID: UUID, on database: Database) async throws -> ActorModel {
        let actor = ActorModel(mapID: map.id ?? UUID(), createdBy: userID)
        actor.apply(draft)
        try await actor.create(on: database)
        return actor
    }

    static func update(_ actor: ActorModel, draft: ActorDraft, expected: Int, by userID: UUID, on database: Database) async throws {
        try await VersionedWrite.update(actor, expected: expected, by: userID, on: database,
                                        current: { ActorDTO.conflict($0) }) { $0.apply(draft) }
    }

    static func delete(_ actor: ActorModel, expected: Int, on database: Database) async throws {
        try await VersionedWrite.delete(actor, expected: expected, on: database, current: { ActorDTO.conflict($0) })
    }
}

/// An actor as the API shows it.
struct ActorDTO: Content {
    let id: String
    let mapId: String
    let layerId: String
    let name: String
    let kind: String
    let symbol: String
    let geometry: JSONValue?
    let address: AddressDTO
    let phone: String
    let email: String
    let website: String
    let description: String
    let teamNotes: String
    let formality: String
    let status: String
    let isSensitive: Bool
    let isKeyFigure: Bool
    let keyFigureNetworks: String
    let evaluation: EvaluationDTO
    let version: Int
    let createdAt: Date?
    let updatedAt: Date?
    let createdBy: String?
    let updatedBy: String?

    struct EvaluationDTO: Content {
        let ring: Int?
        let reciprocity: String?
        let influence: String?
        let tone: String?
        let collaborations: [String]
        let lastContact: String?
    }

    init(_ actor: ActorModel) {
        id = actor.id.text ?? UUID().text
        mapId = actor.mapID.text
        layerId = actor.layerID.text
        name = actor.name
        kind = actor.kind
        symbol = actor.symbol
        geometry = actor.geometry.flatMap { JSONValue.parse(Data($0.utf8)) }
        address = AddressDTO(street: actor.street, number: actor.houseNumber, postcode: actor.postcode, municipality: actor.municipality)
        phone = actor.phone
        email = actor.email
        website = actor.website
        description = actor.description
        teamNotes = actor.teamNotes
        formality = actor.formality
        status = actor.status
        isSensitive = actor.isSensitive
        isKeyFigure = actor.isKeyFigure
        keyFigureNetworks = actor.keyFigureNetworks
        evaluation = EvaluationDTO(
            ring: actor.ring, reciprocity: actor.reciprocity, influence: actor.influence, tone: actor.tone,
            collaborations: actor.collaborations.split(separator: ",").map(String.init), lastContact: actor.lastContact
        )
        version = actor.version
        createdAt = actor.createdAt
        updatedAt = actor.updatedAt
        createdBy = actor.createdBy.text
        updatedBy = actor.updatedBy.text
    }

    static func conflict(_ actor: ActorModel) -> AppError.Conflict {
        AppError.Conflict(version: actor.version, representation: JSONValue(encoding: ActorDTO(actor)))
    }
}

struct ActorListDTO: Content {
    let items: [ActorDTO]
    let total: Int
    let limit: Int
    let offset: Int
}
