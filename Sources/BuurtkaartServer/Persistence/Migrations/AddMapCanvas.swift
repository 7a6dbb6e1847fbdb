import Fluent
import SQLKit

/// What the geographic map needs: how the boundary was drawn and what it is called, the
/// credit of custom tiles, a revision counter of each map's actors (for cached features),
/// undoable deletion of actors, and photos.
struct AddMapCanvas: AsyncMigration {
    func prepare(on database: Database) async throws {
        // SQLite adds one column per statement.
        try await database.schema(MapModel.schema).field("boundary_shape", .string).update()
        try await database.schema(MapModel.schema).field("boundary_name", .string, .required, .sql(.default(""))).update()
        try await database.schema(MapModel.schema).field("boundary_radius", .int).update()
        try await database.schema(MapModel.schema).field("custom_attribution", .string, .required, .sql(.default(""))).update()
        try await database.schema(MapModel.schema).field("content_revision", .int, .required, .sql(.default(0))).update()
        try await database.schema(ActorModel.schema).field("deleted_at", .datetime).update()
        try await database.schema(ActorModel.schema).field("deleted_by", .uuid).update()
        // Lists and counts read only the actors not deleted, in name order, from the index.
        if let sql = database as? any SQLDatabase {
            try await sql.raw("DROP INDEX actors_map_name").run()
            try await sql.raw("CREATE INDEX actors_map_live_name ON actors (map_id, LOWER(name), id) WHERE deleted_at IS NULL").run()
        }
        try await database.schema(ActorPhotoModel.schema)
            .id()
            .field("actor_id", .uuid, .required, .references(ActorModel.schema, .id, onDelete: .cascade))
            .field("content_type", .string, .required)
            .field("width", .int, .required)
            .field("height", .int, .required)
            .field("byte_count", .int, .required)
            .field("data", .data, .required)
            .field("caption", .string, .required)
            .field("position", .int, .required)
            .field("created_by", .uuid)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex("actor_photos_actor", on: ActorPhotoModel.schema, columns: ["actor_id", "position"])
    }

    func revert(on database: Database) async throws {
        try await database.schema(ActorPhotoModel.schema).delete()
        if let sql = database as? any SQLDatabase {
            try await sql.raw("DROP INDEX actors_map_live_name").run()
            try await sql.raw("CREATE INDEX actors_map_name ON actors (map_id, LOWER(name), id)").run()
        }
        for field in ["deleted_at", "deleted_by"] {
            try await database.schema(ActorModel.schema).deleteField(.string(field)).update()
        }
        for field in ["boundary_shape", "boundary_name", "boundary_radius", "custom_attribution", "content_revision"] {
            try await database.schema(MapModel.schema).deleteField(.string(field)).update()
        }
    }
}
