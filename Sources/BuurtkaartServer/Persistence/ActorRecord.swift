import BuurtkaartCore
import Foundation
import SQLKit

/// One row of the `actors` table as read with SQL: the actor pages, lists and API read and
/// write actors this way rather than through Fluent's model, which costs a reflection of
/// every property per row (see Benchmarks/Server).
struct ActorRecord: Sendable {
    var id: UUID
    var mapID: UUID
    var layerID: UUID
    var name: String
    var kind: String
    var symbol: String
    /// The stored GeoJSON text; written only from `Geometry.geoJSON`, so it is valid JSON.
    var geometry: String?
    var street: String
    var houseNumber: String
    var postcode: String
    var municipality: String
    var phone: String
    var email: String
    var website: String
    var description: String
    var teamNotes: String
    var formality: String
    var status: String
    var isSensitive: Bool
    var isKeyFigure: Bool
    var keyFigureNetworks: String
    var ring: Int?
    var reciprocity: String?
    var influence: String?
    var tone: String?
    var collaborations: String
    var lastContact: String?
    var version: Int
    var createdBy: UUID?
    var updatedBy: UUID?
    var createdAt: Date?
    var updatedAt: Date?
    var deletedAt: Date?

    static let columns = [
        "id", "map_id", "layer_id", "name", "kind", "symbol", "geometry", "street", "house_number", "postcode",
        "municipality", "phone", "email", "website", "description", "team_notes", "formality", "status", "is_sensitive",
        "is_key_figure", "key_figure_networks", "ring", "reciprocity", "influence", "tone", "collaborations", "last_contact",
        "version", "created_by", "updated_by", "created_at", "updated_at", "deleted_at",
    ]

    init(row: any SQLRow) throws {
        id = try row.decode(column: "id", as: UUID.self)
        mapID = try row.decode(column: "map_id", as: UUID.self)
        layerID = try row.decode(column: "layer_id", as: UUID.self)
        name = try row.decode(column: "name", as: String.self)
        kind = try row.decode(column: "kind", as: String.self)
        symbol = try row.decode(column: "symbol", as: String.self)
        geometry = try row.decode(column: "geometry", as: String?.self)
        street = try row.decode(column: "street", as: String.self)
        houseNumber = try row.decode(column: "house_number", as: String.self)
        postcode = try row.decode(column: "postcode", as: String.self)
        municipality = try row.decode(column: "municipality", as: String.self)
        phone = try row.decode(column: "phone", as: String.self)
        email = try row.decode(column: "email", as: String.self)
        website = try row.decode(column: "website", as: String.self)
        description = try row.decode(column: "description", as: String.self)
        teamNotes = try row.decode(column: "team_notes", as: String.self)
        formality = try row.decode(column: "formality", as: String.self)
        status = try row.decode(column: "status", as: String.self)
        isSensitive = try row.decode(column: "is_sensitive", as: Bool.self)
        isKeyFigure = try row.decode(column: "is_key_figure", as: Bool.self)
        keyFigureNetworks = try row.decode(column: "key_figure_networks", as: String.self)
        ring = try row.decode(column: "ring", as: Int?.self)
        reciprocity = try row.decode(column: "reciprocity", as: String?.self)
        influence = try row.decode(column: "influence", as: String?.self)
        tone = try row.decode(column: "tone", as: String?.self)
        collaborations = try row.decode(column: "collaborations", as: String.self)
        lastContact = try row.decode(column: "last_contact", as: String?.self)
        version = try row.decode(column: "version", as: Int.self)
        createdBy = try row.decode(column: "created_by", as: UUID?.self)
        updatedBy = try row.decode(column: "updated_by", as: UUID?.self)
        createdAt = try row.decode(column: "created_at", as: Date?.self)
        updatedAt = try row.decode(column: "updated_at", as: Date?.self)
        deletedAt = try row.decode(column: "deleted_at", as: Date?.self)
    }

    /// The actor as the domain sees it. Unknown stored values (never written by this
    /// version) read as the defaults rather than failing the whole list.
    var draft: ActorDraft {
        ActorDraft(
            layerID: layerID,
            name: name,
            kind: ActorKind(rawValue: kind) ?? .organisation,
            symbolID: symbol,
            geometry: geometry.flatMap(JSONValue.parse).flatMap { try? GeometryParser.parse($0, allowed: Set(Geometry.Kind.allCases)) },
            address: Address(street: street, number: houseNumber, postcode: postcode, municipality: municipality),
            phone: phone,
            email: email,
            website: website,
            description: description,
            teamNotes: teamNotes,
            formality: Formality(rawValue: formality) ?? .formal,
            status: ActorStatus(rawValue: status) ?? .current,
            isSensitive: isSensitive,
            isKeyFigure: isKeyFigure,
            keyFigureNetworks: keyFigureNetworks,
            evaluation: Evaluation(
                ring: ring.flatMap(EngagementRing.init(rawValue:)),
                reciprocity: reciprocity.flatMap(Reciprocity.init(rawValue:)),
                influence: influence.flatMap(Influence.init(rawValue:)),
                tone: tone.flatMap(Tone.init(rawValue:)),
                collaborations: collaborations.split(separator: ",").compactMap { Collaboration(rawValue: String($0)) },
                lastContact: lastContact.flatMap(CalendarDate.init)
            )
        )
    }

    /// The record after `draft` was written over it as version `version`.
    func applying(_ draft: ActorDraft, version: Int, by userID: UUID, at now: Date) -> ActorRecord {
        var record = self
        record.layerID = draft.layerID
        record.name = draft.name
        record.kind = draft.kind.rawValue
        record.symbol = draft.symbolID
        record.geometry = draft.geometry?.geoJSON
        record.street = draft.address.street
        record.houseNumber = draft.address.number
        record.postcode = draft.address.postcode
        record.municipality = draft.address.municipality
        record.phone = draft.phone
        record.email = draft.email
        record.website = draft.website
        record.description = draft.description
        record.teamNotes = draft.teamNotes
        record.formality = draft.formality.rawValue
        record.status = draft.status.rawValue
        record.isSensitive = draft.isSensitive
        record.isKeyFigure = draft.isKeyFigure
        record.keyFigureNetworks = draft.keyFigureNetworks
        record.ring = draft.evaluation.ring?.rawValue
        record.reciprocity = draft.evaluation.reciprocity?.rawValue
        record.influence = draft.evaluation.influence?.rawValue
        record.tone = draft.evaluation.tone?.rawValue
        record.collaborations = draft.evaluation.collaborations.map(\.rawValue).joined(separator: ",")
        record.lastContact = draft.evaluation.lastContact?.description
        record.version = version
        record.updatedBy = userID
        record.updatedAt = now
        return record
    }

    /// The columns a draft writes, with their values.
    static func values(of draft: ActorDraft) -> [(String, any Encodable & Sendable)] {
        let point = draft.geometry?.representativePoint
        return [
            ("layer_id", draft.layerID), ("name", draft.name), ("kind", draft.kind.rawValue), ("symbol", draft.symbolID),
            ("geometry", draft.geometry?.geoJSON), ("latitude", point?.latitude), ("longitude", point?.longitude),
            ("street", draft.address.street), ("house_number", draft.address.number), ("postcode", draft.address.postcode),
            ("municipality", draft.address.municipality), ("phone", draft.phone), ("email", draft.email),
            ("website", draft.website), ("description", draft.description), ("team_notes", draft.teamNotes),
            ("formality", draft.formality.rawValue), ("status", draft.status.rawValue), ("is_sensitive", draft.isSensitive),
            ("is_key_figure", draft.isKeyFigure), ("key_figure_networks", draft.keyFigureNetworks),
            ("ring", draft.evaluation.ring?.rawValue), ("reciprocity", draft.evaluation.reciprocity?.rawValue),
            ("influence", draft.evaluation.influence?.rawValue), ("tone", draft.evaluation.tone?.rawValue),
            ("collaborations", draft.evaluation.collaborations.map(\.rawValue).joined(separator: ",")),
            ("last_contact", draft.evaluation.lastContact?.description),
        ]
    }
}
