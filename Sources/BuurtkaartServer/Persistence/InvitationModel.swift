import Fluent
import Foundation

/// An invitation to join a workspace with a role, for a person who has no account yet or
/// who accepts it through its link. Only the hash of the link's token is stored.
final class InvitationModel: Model, @unchecked Sendable {
    static let schema = "invitations"

    @ID(key: .id) var id: UUID?
    @Field(key: "workspace_id") var workspaceID: UUID
    @Field(key: "email") var email: String
    @Field(key: "role") var role: String
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "accepted_at") var acceptedAt: Date?
    @OptionalField(key: "accepted_by") var acceptedBy: UUID?
    @OptionalField(key: "created_by") var createdBy: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(workspaceID: UUID, email: String, role: String, tokenHash: String, expiresAt: Date, createdBy: UUID?) {
        self.id = UUID()
        self.workspaceID = workspaceID
        self.email = email
        self.role = role
        self.tokenHash = tokenHash
        self.expiresAt = expiresAt
        self.createdBy = createdBy
    }
}
