import BuurtkaartCore
import Fluent
import Vapor

/// Photos of actors: checked, stripped of their metadata (GPS position, camera, author)
/// and stored in the database.
enum PhotoStore {
    static let maximumPerActor = 12

    static func list(actorID: UUID, on database: Database) async throws -> [ActorPhotoModel] {
        try await ActorPhotoModel.query(on: database).filter(\.$actorID == actorID)
            .field(\.$id).field(\.$actorID).field(\.$contentType).field(\.$width).field(\.$height)
            .field(\.$byteCount).field(\.$caption).field(\.$position).field(\.$createdAt)
            .sort(\.$position).all()
    }

    static func add(_ data: Data, caption: String, to actorID: UUID, by userID: UUID, on database: Database) async throws -> ActorPhotoModel {
        let image: SanitizedImage
        do {
            image = try ImageSanitizer.sanitize(data)
        } catch {
            throw ValidationFailure(field: "photo", error.messageKey, ["maximum": String(ImageSanitizer.maximumBytes / 1024 / 1024)])
        }
        let trimmed = caption.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.count <= 300 else {
            throw ValidationFailure(field: "caption", "error.input.tooLong", ["maximum": "300", "length": String(trimmed.count)])
        }
        let existing = try await ActorPhotoModel.query(on: database).filter(\.$actorID == actorID).count()
        guard existing < maximumPerActor else {
            throw AppError.conflict(LocalizedMessage("error.photo.tooMany", ["maximum": String(maximumPerActor)]))
        }
        let photo = ActorPhotoModel(actorID: actorID, contentType: image.format.mimeType, width: image.width, height: image.height,
                                    data: image.data, caption: trimmed, position: existing, createdBy: userID)
        try await photo.create(on: database)
        return photo
    }
}

/// A photo as the API shows it.
struct PhotoDTO: Content {
    let id: String
    let url: String
    let width: Int
    let height: Int
    let byteCount: Int
    let caption: String
    let createdAt: Date?

    init(_ photo: ActorPhotoModel) {
        id = photo.id.text ?? ""
        url = "/actors/\(photo.actorID.text)/photos/\(photo.id.text ?? "")"
        width = photo.width
        height = photo.height
        byteCount = photo.byteCount
        caption = photo.caption
        createdAt = photo.createdAt
    }
}
