import BuurtkaartCore
import Fluent
import Foundation

/// A symbol a workspace made itself, when none of the catalogue fits: names in the three
/// languages and a mark of up to three letters, or the glyph of a catalogue symbol.
final class CustomSymbolModel: Model, @unchecked Sendable {
    static let schema = "custom_symbols"

    @ID(key: .id) var id: UUID?
    @Field(key: "workspace_id") var workspaceID: UUID
    @Field(key: "cluster") var cluster: String
    @Field(key: "name_nl") var nameDutch: String
    @Field(key: "name_fr") var nameFrench: String
    @Field(key: "name_en") var nameEnglish: String
    @Field(key: "mark") var mark: String
    @Field(key: "base_symbol") var baseSymbol: String
    @Field(key: "version") var version: Int
    @OptionalField(key: "created_by") var createdBy: UUID?
    @OptionalField(key: "updated_by") var updatedBy: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(workspaceID: UUID, createdBy: UUID?) {
        self.id = UUID()
        self.workspaceID = workspaceID
        self.cluster = Cluster.others.rawValue
        self.nameDutch = ""
        self.nameFrench = ""
        self.nameEnglish = ""
        self.mark = ""
        self.baseSymbol = ""
        self.version = 1
        self.createdBy = createdBy
        self.updatedBy = createdBy
    }
}


