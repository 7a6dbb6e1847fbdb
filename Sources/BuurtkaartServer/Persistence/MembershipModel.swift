import Fluent
import Foundation

/// A person's role in a workspace.
final class MembershipModel: Model, @unchecked Sendable {
    static let schema = "memberships"

    @ID(key: .id) var id: UUID?
    @Field(key: "workspace_id") var workspaceID: UUID
    @Field(key: "user_id") var userID: UUID
    @Field(key: "role") var role: String
    @Field(key: "version") var version: Int
    @OptionalField(key: "created_by") var createdBy: UUID?
    @OptionalField(key: "updated_by") var updatedBy: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(workspaceID: UUID, userID: UUID, role: String, createdBy: UUID?) {
        self.id = UUID()
        self.workspaceID = workspaceID
        self.userID = userID
        self.role = role
        self.version = 1
        self.createdBy = createdBy
        self.updatedBy = createdBy
    }
}
