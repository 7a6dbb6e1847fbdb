/// A member's role in a workspace. Roles are ordered: an owner can do all an editor can,
/// an editor all a viewer can.
public enum Role: String, CaseIterable, Codable, Sendable, Comparable {
    /// Reads maps, layers and actors, team notes included.
    case viewer
    /// Also adds, edits and deletes maps, layers, actors and symbols.
    case editor
    /// Also manages the workspace and its members.
    case owner

    private var rank: Int {
        switch self {
        case .viewer: 0
        case .editor: 1
        case .owner: 2
        }
    }

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }

    public var canEdit: Bool { self >= .editor }
    public var canManage: Bool { self == .owner }

    public var messageKey: String { "role.\(rawValue)" }
}
