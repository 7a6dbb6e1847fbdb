/// What sort of actor or place an entry on the map is.
public enum ActorKind: String, CaseIterable, Codable, Sendable {
    case organisation
    case service
    /// A person; key figures (sleutelfiguren) are persons or groups marked `isKeyFigure`.
    case person
    /// A group or citizens' initiative (burgerinitiatief).
    case group
    case business
    /// A place or public space: a square, a park, a bench.
    case place
    /// An online community, usually without a place on the map.
    case onlineCommunity

    public var messageKey: String { "kind.\(rawValue)" }
}

/// Where the actor stands for the organisation now.
public enum ActorStatus: String, CaseIterable, Codable, Sendable {
    /// Part of the current network.
    case current
    /// Found but not yet connected (rounds 3 and 4 of the analysis).
    case potential
    /// A contact that went quiet (slapend netwerk).
    case dormant
    /// Absent from the neighbourhood: a symbol the team looked for and did not find.
    case absent

    public var messageKey: String { "status.\(rawValue)" }
}

/// Formal (an organisation, a service) or informal (a neighbour, a group of mothers).
public enum Formality: String, CaseIterable, Codable, Sendable {
    case formal, informal

    public var messageKey: String { "formality.\(rawValue)" }
}
