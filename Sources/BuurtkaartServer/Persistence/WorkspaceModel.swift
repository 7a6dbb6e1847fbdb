import Fluent
import Foundation

/// An organisation's workspace: its maps, members and own symbols.
final class WorkspaceModel: Model, @unchecked Sendable {
    static let schema = "workspaces"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @Field(key: "description") var description: String
    @Field(key: "street") var street: String
    @Field(key: "house_number") var houseNumber: String
    @Field(key: "postcode") var postcode: String
    @Field(key: "municipality") var municipality: String
    @OptionalField(key: "latitude") var latitude: Double?
    @OptionalField(key: "longitude") var longitude: Double?
    @OptionalField(key: "logo_data") var logoData: Data?
    @OptionalField(key: "logo_type") var logoType: String?
    @Field(key: "is_demo") var isDemo: Bool
    @Field(key: "version") var version: Int
    @OptionalField(key: "created_by") var createdBy: UUID?
    @OptionalField(key: "updated_by") var updatedBy: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(id: UUID = UUID(), isDemo: Bool = false, createdBy: UUID?) {
        self.id = id
        self.name = ""
        self.description = ""
        self.street = ""
        self.houseNumber = ""
        self.postcode = ""
        self.municipality = ""
        self.isDemo = isDemo
        self.version = 1
        self.createdBy = createdBy
        self.updatedBy = createdBy
    }
}
