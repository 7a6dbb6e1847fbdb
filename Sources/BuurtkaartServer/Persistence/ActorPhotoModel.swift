import Fluent
import Foundation

/// A photo of an actor or place, stored without its metadata (see `ImageSanitizer`). Kept
/// in the database so that every app instance serves it and a backup holds it.
final class ActorPhotoModel: Model, @unchecked Sendable {
    static let schema = "actor_photos"

    @ID(key: .id) var id: UUID?
    @Field(key: "actor_id") var actorID: UUID
    @Field(key: "content_type") var contentType: String
    @Field(key: "width") var width: Int
    @Field(key: "height") var height: Int
    @Field(key: "byte_count") var byteCount: Int
    @Field(key: "data") var data: Data
    @Field(key: "caption") var caption: String
    @Field(key: "position") var position: Int
    @OptionalField(key: "created_by") var createdBy: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(actorID: UUID, contentType: String, width: Int, height: Int, data: Data, caption: String, position: Int, createdBy: UUID?) {
        self.id = UUID()
        self.actorID = actorID
        self.contentType = contentType
        self.width = width
        self.height = height
        self.byteCount = data.count
        self.data = data
        self.caption = caption
        self.position = position
        self.createdBy = createdBy
    }
}
