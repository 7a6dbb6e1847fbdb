import Foundation

/// Where everything of the network map goes: the organisation in the centre, the four
/// circles of engagement (betrokkenheid) around it, one sector per layer so that clusters
/// read as wedges, every evaluated actor inside its circle's band and its layer's sector, and
/// its label beside it.
///
/// Guarantees, tested: the same input gives the same layout; no two actors overlap; every
/// actor lies inside its band and its sector; up to `Options.labelLimit` actors every label
/// is shown and none overlaps another label, an actor, the organisation or a circle's or
/// sector's label. The picture grows until that holds. Beyond the limit the picture only
/// grows until the actors fit, and labels that find no free place are hidden, for the page
/// to show on hover or focus.
public struct NetworkLayout: Sendable {
    public struct Options: Sendable, Hashable {
        /// Up to this many placed actors, every label is shown.
        public var labelLimit = 150
        public var nodeRadius = 11.0
        public var fontSize = 12.0
        /// Longer names are cut with an ellipsis (the full name is in the tooltip).
        public var labelCharacters = 26
        public var organisationRadius = 64.0
        /// The width of one circle's band before the picture grows.
        public var bandWidth = 96.0

        public init() {}
    }

    public enum Anchor: String, Sendable {
        case start, middle, end
    }

    /// A text of the picture and the box it takes.
    public struct Label: Sendable, Hashable {
        public let text: String
        public let box: PictureBox
        /// Where the text starts (`start`), is centred (`middle`) or ends (`end`) on its baseline.
        public let anchor: Anchor
        public let baseline: PicturePoint
        /// False for a label that found no free place: shown on demand only.
        public let isShown: Bool
    }

    public struct Ring: Sendable {
        public let ring: EngagementRing
        public let innerRadius: Double
        public let outerRadius: Double
        public let label: Label
    }

    public struct Sector: Sendable {
        public let layerID: UUID
        /// Angles in radians, clockwise from twelve o'clock.
        public let startAngle: Double
        public let endAngle: Double
        public let label: Label
    }

    public struct Node: Sendable {
        public let actorID: UUID
        public let layerID: UUID
        public let ring: EngagementRing
        public let position: PicturePoint
        public let label: Label
    }

    public let options: Options
    /// The organisation's place; the picture is drawn around (0, 0).
    public let centre = PicturePoint(x: 0, y: 0)
    /// The box everything drawn fits in, with a margin: the SVG's view box.
    public let bounds: PictureBox
    public let rings: [Ring]
    public let sectors: [Sector]
    public let nodes: [Node]
    /// Actors without a circle yet, in name order: listed beside the picture.
    public let unplacedActorIDs: [UUID]
    /// How much the bands grew, on average, beyond `Options.bandWidth` to make room.
    public let scale: Double

    /// The radii of the circle lines, from the organisation's edge (index 0) to the outer
    /// circle (index 4).
    public var circleRadii: [Double] { [options.organisationRadius] + rings.map(\.outerRadius) }

    /// Lays out `input`. `ringLabels` are the four circles' names as shown ("1 zeer nabij" …).
    public init(input: NetworkInput, ringLabels: [String], options: Options = Options()) {
        self.options = options
        let placed = input.placed.sorted(by: NetworkLayout.nameOrder)
        unplacedActorIDs = input.unplaced.sorted(by: NetworkLayout.nameOrder).map(\.id)
        let plan = SectorPlan(input: input, placed: placed)
        let allLabels = placed.count <= options.labelLimit
        // Widen the band of whichever circle is crowded until everything fits: the inner
        // circles, short but often the fullest, grow more than the outer ones.
        var widths = [Double](repeating: options.bandWidth, count: 4)
        var result: Attempt.Result?
        for _ in 0..<160 {
            switch Attempt(plan: plan, ringLabels: ringLabels, options: options, bandWidths: widths).run(requireAllLabels: allLabels) {
            case .success(let made):
                result = made
            case .failure(.crowded(let ring)):
                widths[ring.rawValue - 1] *= 1.15
                // Keep the circles alike: no band under 60 % of the widest.
                let widest = widths.max() ?? options.bandWidth
                widths = widths.map { max($0, widest * 0.6) }
            }
            if result != nil { break }
        }
        // Never reached for the sizes we draw; kept so that a layout always comes back.
        let final: Attempt.Result
        if let result {
            final = result
        } else if case .success(let forced) = Attempt(plan: plan, ringLabels: ringLabels, options: options, bandWidths: widths)
            .run(requireAllLabels: false, force: true) {
            final = forced
        } else {
            final = Attempt.Result(rings: [], sectors: [], nodes: [], bounds: PictureBox(centre: PicturePoint(x: 0, y: 0), radius: 100))
        }
        scale = widths.reduce(0, +) / (4 * options.bandWidth)
        rings = final.rings
        sectors = final.sectors
        nodes = final.nodes
        bounds = final.bounds
    }

    /// Names as people sort them (case and accents aside), then the id for equal names.
    static func nameOrder(_ first: NetworkActor, _ second: NetworkActor) -> Bool {
        let comparison = first.name.compare(second.name, options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        if comparison != .orderedSame { return comparison == .orderedAscending }
        return first.id.uuidString < second.id.uuidString
    }
}

/// The sectors: one per layer that has placed actors, in the layers' order, each an angle
/// in proportion to its actors (with a floor, so that a layer of one stays visible).
struct SectorPlan {
    struct Entry {
        let layerID: UUID
        let name: String
        let actors: [NetworkActor]
        let startAngle: Double
        let endAngle: Double
    }

    /// A gap at twelve o'clock keeps the circles' labels clear of actors.
    static let gap = 6.0 * Double.pi / 180
    let entries: [Entry]

    init(input: NetworkInput, placed: [NetworkActor]) {
        var order = input.layers.map { ($0.id, $0.name) }
        let known = Set(order.map(\.0))
        for actor in placed where !known.contains(actor.layerID) && !order.contains(where: { $0.0 == actor.layerID }) {
            order.append((actor.layerID, ""))
        }
        let grouped = Dictionary(grouping: placed, by: \.layerID)
        let used = order.filter { grouped[$0.0] != nil }
        guard !used.isEmpty else {
            entries = []
            return
        }
        let floor = max(1.0, Double(placed.count) / Double(2 * used.count))
        let weights = used.map { Double(grouped[$0.0]?.count ?? 0) + floor }
        let total = weights.reduce(0, +)
        let available = 2 * Double.pi - Self.gap
        var angle = Self.gap / 2
        var entries: [Entry] = []
        for (index, layer) in used.enumerated() {
            let span = available * weights[index] / total
            entries.append(Entry(layerID: layer.0, name: layer.1, actors: grouped[layer.0] ?? [], startAngle: angle, endAngle: angle + span))
            angle += span
        }
        self.entries = entries
    }
}
