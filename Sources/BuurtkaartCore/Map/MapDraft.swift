import Foundation

/// What a person gives to create or change a map (een buurtkaart) of a workspace.
public struct MapDraft: Sendable, Hashable {
    public var title: String
    public var description: String
    /// The target group the map is made for (de focus).
    public var focus: String
    public var boundary: Boundary?
    public var baseMap: BaseMap
    /// The tile address when `baseMap` is `.custom`: an XYZ template, or a WMTS GetTile
    /// address, with {z}, {x} and {y} where the zoom, column and row go.
    public var customTileURL: String
    /// The credit the provider of the custom tiles asks for.
    public var customAttribution: String

    public init(title: String, description: String = "", focus: String = "", boundary: Boundary? = nil,
                baseMap: BaseMap = .openStreetMap, customTileURL: String = "", customAttribution: String = "") {
        self.title = title
        self.description = description
        self.focus = focus
        self.boundary = boundary
        self.baseMap = baseMap
        self.customTileURL = customTileURL
        self.customAttribution = customAttribution
    }

    public static let fields: Set<String> = [
        "title", "description", "focus", "boundary", "boundaryName", "boundaryRadius", "baseMap", "customTileURL",
        "customAttribution",
    ]

    /// Reads a map. `centre` is the organisation's position, around which a boundary given
    /// as a radius is drawn.
    public static func read(_ reader: InputReader, centre: Coordinate? = nil) throws(ValidationFailure) -> MapDraft {
        if reader.mode == .json { reader.rejectUnknown(known: fields, ignored: readOnlyFields.union(["boundaryShape"])) }
        let baseMap = reader.choice("baseMap", default: BaseMap.openStreetMap) ?? .openStreetMap
        var draft = MapDraft(
            title: reader.text("title", maximumLength: 200, required: true),
            description: reader.text("description", maximumLength: 5000, multiline: true),
            focus: reader.text("focus", maximumLength: 1000, multiline: true),
            boundary: readBoundary(reader, centre: centre),
            baseMap: baseMap,
            customTileURL: reader.text("customTileURL", maximumLength: 1000),
            customAttribution: reader.text("customAttribution", maximumLength: 200)
        )
        if baseMap == .custom {
            if draft.customTileURL.isEmpty {
                reader.fail("customTileURL", "error.input.required")
            } else if !isTileTemplate(draft.customTileURL) {
                reader.fail("customTileURL", "error.map.tileURL")
            }
        } else {
            draft.customTileURL = ""
            draft.customAttribution = ""
        }
        try reader.finish()
        return draft
    }

    /// A radius draws a circle around the organisation; otherwise the geometry is the
    /// boundary, a line or a polygon.
    private static func readBoundary(_ reader: InputReader, centre: Coordinate?) -> Boundary? {
        let name = reader.text("boundaryName", maximumLength: 200)
        if reader.has("boundaryRadius") {
            guard let radius = reader.integer("boundaryRadius", in: Boundary.radiusRange.lowerBound...Boundary.radiusRange.upperBound) else {
                return nil
            }
            guard let centre else {
                reader.fail("boundaryRadius", "error.map.radiusNeedsPosition")
                return nil
            }
            return Boundary.circle(around: centre, radius: radius, name: name)
        }
        return reader.geometry("boundary", allowed: Geometry.boundaryKinds).map { Boundary(geometry: $0, name: name) }
    }

    /// An https address with the {z}, {x} and {y} placeholders of the tiles.
    public static func isTileTemplate(_ text: String) -> Bool {
        let lowered = text.lowercased()
        guard lowered.hasPrefix("https://"),
              URL(string: text.replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: "")) != nil,
              !text.contains(where: { $0 == "\"" || $0 == "<" || $0 == ">" || $0 == " " })
        else { return false }
        return lowered.contains("{z}") && lowered.contains("{x}") && lowered.contains("{y}")
    }

    /// The draft as the JSON input it would be read from; a JSON merge patch applies to it.
    public var jsonValue: JSONValue {
        var members: [String: JSONValue] = [
            "title": .string(title), "description": .string(description), "focus": .string(focus),
            "boundary": boundary?.geometry.jsonValue ?? .null, "boundaryName": .string(boundary?.name ?? ""),
            "baseMap": .string(baseMap.rawValue), "customTileURL": .string(customTileURL),
            "customAttribution": .string(customAttribution),
        ]
        if let radius = boundary?.radius { members["boundaryRadius"] = .number(Double(radius)) }
        return .object(members)
    }
}
