import BuurtkaartCore
import Fluent
import Vapor

/// Photos of actors: the image itself (for members), uploading and removing, in HTML and
/// through the API.
struct PhotoController: RouteCollection {
    /// A little above the 5 MiB a photo may have, for the form's other fields.
    static let bodyLimit: ByteCount = "6mb"

    func boot(routes: any RoutesBuilder) throws {
        let photos = routes.grouped("actors", ":actorID", "photos")
        photos.get(":photoID", use: image)
        photos.on(.POST, body: .collect(maxSize: Self.bodyLimit), use: uploadForm)
        photos.post(":photoID", "delete", use: deleteForm)
        let api = routes.grouped("api", "v1", "actors", ":actorID", "photos")
        api.get(use: list)
        api.on(.POST, body: .collect(maxSize: Self.bodyLimit), use: upload)
        api.delete(":photoID", use: delete)
    }

    private func photo(_ req: Request, actorID: UUID) async throws -> ActorPhotoModel {
        guard let photo = try await ActorPhotoModel.find(try req.uuidParameter("photoID"), on: req.db), photo.actorID == actorID else {
            throw AppError.notFound
        }
        return photo
    }

    func image(req: Request) async throws -> Response {
        let (actor, _, _) = try await req.actorRecordAccess(try req.uuidParameter("actorID"), requiring: .viewer)
        let photo = try await photo(req, actorID: actor.id)
        let response = Response(status: .ok, body: .init(data: photo.data))
        response.headers.replaceOrAdd(name: .contentType, value: photo.contentType)
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, max-age=3600")
        response.headers.replaceOrAdd(name: .contentSecurityPolicy, value: "default-src 'none'")
        response.headers.responseCompression = .disable
        return response
    }

    func list(req: Request) async throws -> [PhotoDTO] {
        let (actor, _, _) = try await req.actorRecordAccess(try req.uuidParameter("actorID"), requiring: .viewer)
        return try await PhotoStore.list(actorID: actor.id, on: req.db).map(PhotoDTO.init)
    }

    /// The image is the body itself (`Content-Type: image/jpeg`, `image/png` or
    /// `image/webp`); `?caption=` describes it.
    func upload(req: Request) async throws -> Response {
        let (actor, _, _) = try await req.actorRecordAccess(try req.uuidParameter("actorID"), requiring: .editor)
        guard req.headers.contentType?.type == "image" else { throw AppError.unsupportedMediaType }
        let body = try await req.collectedBody(limit: Self.bodyLimit.value)
        let data = body.map { Data(buffer: $0) } ?? Data()
        let photo = try await PhotoStore.add(data, caption: req.query[String.self, at: "caption"] ?? "", to: actor.id,
                                             by: try req.requireUser().id, on: req.db)
        return try await PhotoDTO(photo).encodeResponse(status: .created, for: req)
    }

    func delete(req: Request) async throws -> HTTPStatus {
        let (actor, _, _) = try await req.actorRecordAccess(try req.uuidParameter("actorID"), requiring: .editor)
        try await photo(req, actorID: actor.id).delete(on: req.db)
        return .noContent
    }

    struct Upload: Content {
        var photo: File?
        var caption: String?
    }

    func uploadForm(req: Request) async throws -> Response {
        let (actor, _, _) = try await req.actorRecordAccess(try req.uuidParameter("actorID"), requiring: .editor)
        let upload = try req.content.decode(Upload.self)
        let data = upload.photo.map { Data(buffer: $0.data) } ?? Data()
        do {
            _ = try await PhotoStore.add(data, caption: upload.caption ?? "", to: actor.id, by: try req.requireUser().id, on: req.db)
        } catch let failure as ValidationFailure {
            return try await ActorController().renderCard(req, actorID: actor.id, photoFailure: failure)
        } catch AppError.conflict(let message, _) {
            return try await ActorController().renderCard(req, actorID: actor.id, photoFailure: ValidationFailure([FieldError(field: "photo", message: message)]))
        }
        return req.redirect(to: ActorViews.path(actor.id) + "?notice=photoAdded#photos")
    }

    func deleteForm(req: Request) async throws -> Response {
        let (actor, _, _) = try await req.actorRecordAccess(try req.uuidParameter("actorID"), requiring: .editor)
        try await photo(req, actorID: actor.id).delete(on: req.db)
        return req.redirect(to: ActorViews.path(actor.id) + "?notice=photoDeleted#photos")
    }
}
