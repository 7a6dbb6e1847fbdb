/// What a person gives to create or change a workspace: the organisation whose
/// neighbourhood network is mapped.
public struct WorkspaceDraft: Sendable, Hashable {
    public var name: String
    public var description: String
    public var address: Address
    /// Where the organisation is; the centre of its maps and of its network view.
    public var position: Coordinate?

    public init(name: String, description: String = "", address: Address = Address(), position: Coordinate? = nil) {
        self.name = name
        self.description = description
        self.address = address
        self.position = position
    }

    public static let fields: Set<String> = ["name", "description", "address", "latitude", "longitude"]

    public static func read(_ reader: InputReader) throws(ValidationFailure) -> WorkspaceDraft {
        if reader.mode == .json { reader.rejectUnknown(known: fields, ignored: readOnlyFields) }
        let draft = WorkspaceDraft(
            name: reader.text("name", maximumLength: 200, required: true),
            description: reader.text("description", maximumLength: 5000, multiline: true),
            address: Address.read(reader, "address"),
            position: readPosition(reader)
        )
        try reader.finish()
        return draft
    }

    /// Latitude and longitude are given together or not at all.
    static func readPosition(_ reader: InputReader) -> Coordinate? {
        let latitude = reader.number("latitude", in: -90...90)
        let longitude = reader.number("longitude", in: -180...180)
        switch (latitude, longitude) {
        case let (latitude?, longitude?):
            return Coordinate(latitude: latitude, longitude: longitude)
        case (nil, nil):
            return nil
        case (nil, _):
            if !reader.has("latitude") { reader.fail("latitude", "error.input.positionIncomplete") }
            return nil
        case (_, nil):
            if !reader.has("longitude") { reader.fail("longitude", "error.input.positionIncomplete") }
            return nil
        }
    }
}

/// Fields of a representation that a client may send back unchanged and that are never
/// taken from input.
public let readOnlyFields: Set<String> = [
    "id", "version", "createdAt", "updatedAt", "createdBy", "updatedBy", "workspaceId", "mapId",
    "role", "links", "actorCount", "position",
]
