import Fluent
import Foundation

/// A layer of a map: a named, coloured group of actors with a default symbol.
final class LayerModel: Model, @unchecked Sendable {
    static let schema = "layers"

    @ID(key: .id) var id: UUID?
    @Field(key: "map_id") var mapID: UUID
    @Field(key: "name") var name: String
    @Field(key: "colour") var colour: String
    @Field(key: "symbol") var symbol: String
    @Field(key: "position") var position: Int
    @Field(key: "is_visible_by_default") var isVisibleByDefault: Bool
    /// The cluster of the method the layer started from, if any.
    @OptionalField(key: "cluster") var cluster: String?
    @Field(key: "version") var version: Int
    @OptionalField(key: "created_by") var createdBy: UUID?
    @OptionalField(key: "updated_by") var updatedBy: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(id: UUID = UUID(), mapID: UUID, position: Int, cluster: String?, createdBy: UUID?) {
        self.id = id
        self.mapID = mapID
        self.name = ""
        self.colour = "#6c757d"
        self.symbol = ""
        self.position = position
        self.isVisibleByDefault = true
        self.cluster = cluster
        self.version = 1
        self.createdBy = createdBy
        self.updatedBy = createdBy
    }
}
