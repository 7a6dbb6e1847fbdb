import Fluent
import Foundation

/// A neighbourhood map (een buurtkaart) of a workspace.
final class MapModel: Model, @unchecked Sendable {
    static let schema = "maps"

    @ID(key: .id) var id: UUID?
    @Field(key: "workspace_id") var workspaceID: UUID
    @Field(key: "title") var title: String
    @Field(key: "description") var description: String
    @Field(key: "focus") var focus: String
    /// GeoJSON text of the boundary geometry.
    @OptionalField(key: "boundary") var boundary: String?
    @Field(key: "base_map") var baseMap: String
    @Field(key: "custom_tile_url") var customTileURL: String
    @Field(key: "custom_attribution") var customAttribution: String
    @OptionalField(key: "boundary_shape") var boundaryShape: String?
    @Field(key: "boundary_name") var boundaryName: String
    @OptionalField(key: "boundary_radius") var boundaryRadius: Int?
    /// Increased by every change to the map's actors, so cached features know they are stale.
    @Field(key: "content_revision") var contentRevision: Int
    @Field(key: "version") var version: Int
    @OptionalField(key: "created_by") var createdBy: UUID?
    @OptionalField(key: "updated_by") var updatedBy: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(id: UUID = UUID(), workspaceID: UUID, createdBy: UUID?) {
        self.id = id
        self.workspaceID = workspaceID
        self.title = ""
        self.description = ""
        self.focus = ""
        self.baseMap = "openStreetMap"
        self.customTileURL = ""
        self.customAttribution = ""
        self.boundaryName = ""
        self.contentRevision = 0
        self.version = 1
        self.createdBy = createdBy
        self.updatedBy = createdBy
    }
}
