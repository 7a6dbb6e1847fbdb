import Fluent
import Foundation

/// An actor or place on a map, with its evaluation. The geometry is GeoJSON text; its
/// representative point is kept in `latitude`/`longitude` for lists and quick filters.
final class ActorModel: Model, @unchecked Sendable {
    static let schema = "actors"

    @ID(key: .id) var id: UUID?
    @Field(key: "map_id") var mapID: UUID
    @Field(key: "layer_id") var layerID: UUID
    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: String
    @Field(key: "symbol") var symbol: String
    @OptionalField(key: "geometry") var geometry: String?
    @OptionalField(key: "latitude") var latitude: Double?
    @OptionalField(key: "longitude") var longitude: Double?
    @Field(key: "street") var street: String
    @Field(key: "house_number") var houseNumber: String
    @Field(key: "postcode") var postcode: String
    @Field(key: "municipality") var municipality: String
    @Field(key: "phone") var phone: String
    @Field(key: "email") var email: String
    @Field(key: "website") var website: String
    @Field(key: "description") var description: String
    @Field(key: "team_notes") var teamNotes: String
    @Field(key: "formality") var formality: String
    @Field(key: "status") var status: String
    @Field(key: "is_sensitive") var isSensitive: Bool
    @Field(key: "is_key_figure") var isKeyFigure: Bool
    @Field(key: "key_figure_networks") var keyFigureNetworks: String
    @OptionalField(key: "ring") var ring: Int?
    @OptionalField(key: "reciprocity") var reciprocity: String?
    @OptionalField(key: "influence") var influence: String?
    @OptionalField(key: "tone") var tone: String?
    /// The kinds of collaboration, comma-separated in the order of `Collaboration.allCases`.
    @Field(key: "collaborations") var collaborations: String
    @OptionalField(key: "last_contact") var lastContact: String?
    /// Set when the actor is deleted; a deleted actor can be restored until it is purged.
    @Timestamp(key: "deleted_at", on: .delete) var deletedAt: Date?
    @OptionalField(key: "deleted_by") var deletedBy: UUID?
    @Field(key: "version") var version: Int
    @OptionalField(key: "created_by") var createdBy: UUID?
    @OptionalField(key: "updated_by") var updatedBy: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(id: UUID = UUID(), mapID: UUID, createdBy: UUID?) {
        self.id = id
        self.mapID = mapID
        self.version = 1
        self.createdBy = createdBy
        self.updatedBy = createdBy
    }
}
