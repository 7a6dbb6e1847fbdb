import Fluent
import Foundation

/// A browser session. Only the SHA-256 hash of the cookie's token is stored, so the table
/// alone does not let anyone act as a signed-in person.
final class SessionModel: Model, @unchecked Sendable {
    static let schema = "sessions"

    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @OptionalField(key: "user_id") var userID: UUID?
    @Field(key: "csrf_token") var csrfToken: String
    @Field(key: "expires_at") var expiresAt: Date
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(tokenHash: String, userID: UUID?, csrfToken: String, expiresAt: Date) {
        self.id = UUID()
        self.tokenHash = tokenHash
        self.userID = userID
        self.csrfToken = csrfToken
        self.expiresAt = expiresAt
    }
}
