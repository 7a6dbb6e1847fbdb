import Foundation

/// What a person gives to create or change a map (een buurtkaart) of a workspace.
public struct MapDraft: Sendable, Hashable {
    public var title: String
    public var description: String
    /// The target group the map is made for (de focus).
    public var focus: String
    public var boundary: Geometry?
    public var baseMap: BaseMap
    /// The tile address when `baseMap` is `.custom`: an XYZ template with {z}, {x} and {y}
    /// or a WMTS address.
    public var customTileURL: String

    public init(title: String, description: String = "", focus: String = "", boundary: Geometry? = nil,
                baseMap: BaseMap = .openStreetMap, customTileURL: String = "") {
        self.title = title
        self.description = description
        self.focus = focus
        self.boundary = boundary
        self.baseMap = baseMap
        self.customTileURL = customTileURL
    }

    public static let fields: Set<String> = ["title", "description", "focus", "boundary", "baseMap", "customTileURL"]

    public static func read(_ reader: InputReader) throws(ValidationFailure) -> MapDraft {
        if reader.mode == .json { reader.rejectUnknown(known: fields, ignored: readOnlyFields) }
        let baseMap = reader.choice("baseMap", default: BaseMap.openStreetMap) ?? .openStreetMap
        var draft = MapDraft(
            title: reader.text("title", maximumLength: 200, required: true),
            description: reader.text("description", maximumLength: 5000, multiline: true),
            focus: reader.text("focus", maximumLength: 1000, multiline: true),
            boundary: reader.geometry("boundary", allowed: Geometry.boundaryKinds),
            baseMap: baseMap,
            customTileURL: reader.text("customTileURL", maximumLength: 1000)
        )
        if baseMap == .custom {
            if draft.customTileURL.isEmpty {
                reader.fail("customTileURL", "error.input.required")
            } else if !isTileTemplate(draft.customTileURL) {
                reader.fail("customTileURL", "error.map.tileURL")
            }
        } else {
            draft.customTileURL = ""
        }
        try reader.finish()
        return draft
    }

    /// An https or http address with the {z}, {x} and {y} placeholders of XYZ tiles, or a
    /// WMTS address (one with `wmts` in it, as PDOK's and UrbIS's have).
    public static func isTileTemplate(_ text: String) -> Bool {
        let lowered = text.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://"),
              URL(string: text.replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: "")) != nil
        else { return false }
        let isXYZ = lowered.contains("{z}") && lowered.contains("{x}") && lowered.contains("{y}")
        return isXYZ || lowered.contains("wmts")
    }
}
