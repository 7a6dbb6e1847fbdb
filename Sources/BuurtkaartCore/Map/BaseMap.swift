/// The tiles a map is drawn on. OpenStreetMap by default; official base maps of Brussels,
/// Flanders and the Netherlands as presets; or a tile address of the organisation's own.
public enum BaseMap: String, CaseIterable, Codable, Sendable {
    case openStreetMap
    /// UrbIS, the base map of the Brussels-Capital Region.
    case brusselsUrbis
    /// GRB, the large-scale reference map of Flanders.
    case flandersGRB
    /// PDOK's BRT base map of the Netherlands.
    case netherlandsPDOK
    /// Any XYZ or WMTS tile address given in the map's settings.
    case custom

    public var messageKey: String { "baseMap.\(rawValue)" }
}
