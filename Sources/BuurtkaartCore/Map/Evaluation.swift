/// Betrokkenheid: how close the actor is to the organisation, drawn as four concentric
/// circles around it. An actor not yet evaluated has no ring.
public enum EngagementRing: Int, CaseIterable, Codable, Sendable, Comparable {
    case veryClose = 1
    case close = 2
    case neutral = 3
    case distant = 4

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public var messageKey: String { "ring.\(rawValue)" }
}

/// Wederkerigheid: which way the relation gives. The arrow points from the giver.
public enum Reciprocity: String, CaseIterable, Codable, Sendable {
    /// We give and get little back: an arrow from us to them.
    case weGive
    /// We mostly receive: an arrow from them to us.
    case weReceive
    /// A fruitful exchange both ways.
    case mutual
    /// No exchange worth an arrow.
    case none

    public var messageKey: String { "reciprocity.\(rawValue)" }
}

/// Invloed: how much the actor can move things, drawn as the arrow's thickness.
public enum Influence: String, CaseIterable, Codable, Sendable {
    case low, medium, high

    public var messageKey: String { "influence.\(rawValue)" }
}

/// The value of the relation for the organisation and its target group, drawn as colour:
/// green constructive (energy-giving), blue neutral, red conflictual or negative.
public enum Tone: String, CaseIterable, Codable, Sendable {
    case constructive, neutral, conflictual

    public var messageKey: String { "tone.\(rawValue)" }
}

/// The kinds of collaboration the method asks a team to list (werving, aanbod,
/// werkingsgebied, doorverwijzing, beleidsbeïnvloeding).
public enum Collaboration: String, CaseIterable, Codable, Sendable {
    case recruitment
    case offer
    case areaOfWork
    case referral
    case policyInfluence

    public var messageKey: String { "collaboration.\(rawValue)" }
}

/// The evaluation of the relation between the organisation and one actor on the method's
/// four axes, plus the kinds of collaboration and the last contact. Every part is optional:
/// an actor is placed first and evaluated later.
public struct Evaluation: Sendable, Hashable, Codable {
    public var ring: EngagementRing?
    public var reciprocity: Reciprocity?
    public var influence: Influence?
    public var tone: Tone?
    public var collaborations: [Collaboration]
    /// The date of the last contact, as an ISO calendar date (`2026-03-14`).
    public var lastContact: CalendarDate?

    public init(
        ring: EngagementRing? = nil, reciprocity: Reciprocity? = nil, influence: Influence? = nil,
        tone: Tone? = nil, collaborations: [Collaboration] = [], lastContact: CalendarDate? = nil
    ) {
        self.ring = ring
        self.reciprocity = reciprocity
        self.influence = influence
        self.tone = tone
        self.collaborations = collaborations
        self.lastContact = lastContact
    }

    /// Evaluated on all four axes.
    public var isComplete: Bool {
        ring != nil && reciprocity != nil && influence != nil && tone != nil
    }
}
