import BuurtkaartCore
import Fluent
import Vapor

/// Creating, changing and listing workspaces.
enum WorkspaceStore {
    /// Creates a workspace with its creator as owner, in one transaction.
    static func create(_ draft: WorkspaceDraft, owner: UUID, isDemo: Bool = false, on database: Database) async throws -> WorkspaceModel {
        let workspace = WorkspaceModel(isDemo: isDemo, createdBy: owner)
        workspace.apply(draft)
        try await database.transaction { transaction in
            try await workspace.create(on: transaction)
            try await MembershipModel(workspaceID: workspace.id ?? UUID(), userID: owner, role: Role.owner.rawValue, createdBy: owner)
                .create(on: transaction)
        }
        return workspace
    }

    struct Listed: Sendable {
        let workspace: WorkspaceModel
        let role: Role
        let mapCount: Int
    }

    /// The workspaces a person is a member of, by name.
    static func list(for userID: UUID, on database: Database) async throws -> [Listed] {
        let memberships = try await MembershipModel.query(on: database).filter(\.$userID == userID).all()
        let roles = Dictionary(memberships.map { ($0.workspaceID, Role(rawValue: $0.role) ?? .viewer) }, uniquingKeysWith: { first, _ in first })
        guard !roles.isEmpty else { return [] }
        let workspaces = try await WorkspaceModel.query(on: database).filter(\.$id ~~ Array(roles.keys)).all()
        let maps = try await MapModel.query(on: database).filter(\.$workspaceID ~~ Array(roles.keys)).all()
        var counts: [UUID: Int] = [:]
        for map in maps { counts[map.workspaceID, default: 0] += 1 }
        return workspaces.compactMap { workspace in
            guard let id = workspace.id, let role = roles[id] else { return nil }
            return Listed(workspace: workspace, role: role, mapCount: counts[id] ?? 0)
        }
        .sorted { $0.workspace.name.localizedCaseInsensitiveCompare($1.workspace.name) == .orderedAscending }
    }

    static func update(_ access: WorkspaceAccess, draft: WorkspaceDraft, expected: Int, on database: Database) async throws {
        let role = access.role
        try await VersionedWrite.update(access.workspace, expected: expected, by: access.userID, on: database,
                                        current: { WorkspaceDTO.conflict($0, role: role) }) { $0.apply(draft) }
    }

    static func delete(_ access: WorkspaceAccess, expected: Int, on database: Database) async throws {
        let role = access.role
        try await VersionedWrite.delete(access.workspace, expected: expected, on: database,
                                        current: { WorkspaceDTO.conflict($0, role: role) })
    }

    /// Logos are small images people recognise their organisation by; PNG, JPEG and WebP,
    /// recognised by their first bytes rather than by what the browser claims.
    static let maximumLogoBytes = 512 * 1024

    static func imageType(of data: Data) -> String? {
        let bytes = [UInt8](data.prefix(12))
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "image/png" }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
        if bytes.count >= 12, bytes[0...3] == [0x52, 0x49, 0x46, 0x46], bytes[8...11] == [0x57, 0x45, 0x42, 0x50] {
            return "image/webp"
        }
        return nil
    }

    static func setLogo(_ access: WorkspaceAccess, data: Data?, expected: Int, on database: Database) async throws {
        var type: String?
        if let data {
            guard data.count <= maximumLogoBytes else {
                throw ValidationFailure(field: "logo", "error.logo.tooLarge", ["maximum": String(maximumLogoBytes / 1024)])
            }
            guard let detected = imageType(of: data) else { throw ValidationFailure(field: "logo", "error.logo.type") }
            type = detected
        }
        let role = access.role
        let logoType = type
        try await VersionedWrite.update(access.workspace, expected: expected, by: access.userID, on: database,
                                        current: { WorkspaceDTO.conflict($0, role: role) }) { workspace in
            workspace.logoData = data
            workspace.logoType = logoType
        }
    }
}

/// A workspace as the API shows it, with the caller's role in it.
struct WorkspaceDTO: Content {
    let id: String
    let name: String
    let description: String
    let address: AddressDTO
    let latitude: Double?
    let longitude: Double?
    let hasLogo: Bool
    let isDemo: Bool
    let role: String
    let version: Int
    let createdAt: Date?
    let updatedAt: Date?
    let createdBy: String?
    let updatedBy: String?

    init(_ workspace: WorkspaceModel, role: Role) {
        id = workspace.id.text ?? UUID().text
        name = workspace.name
        description = workspace.description
        address = AddressDTO(street: workspace.street, number: workspace.houseNumber, postcode: workspace.postcode, municipality: workspace.municipality)
        latitude = workspace.latitude
        longitude = workspace.longitude
        hasLogo = workspace.logoData != nil
        isDemo = workspace.isDemo
        self.role = role.rawValue
        version = workspace.version
        createdAt = workspace.createdAt
        updatedAt = workspace.updatedAt
        createdBy = workspace.createdBy.text
        updatedBy = workspace.updatedBy.text
    }

    static func conflict(_ workspace: WorkspaceModel, role: Role) -> AppError.Conflict {
        AppError.Conflict(version: workspace.version, representation: JSONValue(encoding: WorkspaceDTO(workspace, role: role)))
    }
}

struct AddressDTO: Content {
    let street: String
    let number: String
    let postcode: String
    let municipality: String
}
