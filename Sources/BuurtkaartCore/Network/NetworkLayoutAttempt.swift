import Foundation

/// One try at laying out the network at a given scale: fails (nil) when the actors or, where
/// required, their labels do not fit, and the layout tries again larger.
struct Attempt {
    struct Result {
        let rings: [NetworkLayout.Ring]
        let sectors: [NetworkLayout.Sector]
        let nodes: [NetworkLayout.Node]
        let bounds: PictureBox
    }

    /// Why a try failed: the circle whose band needs more room.
    enum Failure: Error {
        case crowded(EngagementRing)
    }

    let plan: SectorPlan
    let ringLabels: [String]
    let options: NetworkLayout.Options
    /// The width of each circle's band, from the inside out.
    let bandWidths: [Double]

    private var labelHeight: Double { options.fontSize * 1.3 }
    private var centre: PicturePoint { PicturePoint(x: 0, y: 0) }

    func run(requireAllLabels: Bool, force: Bool = false) -> Swift.Result<Result, Failure> {
        var radii = [options.organisationRadius]
        for width in bandWidths { radii.append((radii.last ?? 0) + width) }
        let rings = EngagementRing.allCases.map { ring in
            NetworkLayout.Ring(ring: ring, innerRadius: radii[ring.rawValue - 1], outerRadius: radii[ring.rawValue],
                               label: ringLabel(ringLabels.indices.contains(ring.rawValue - 1) ? ringLabels[ring.rawValue - 1] : "\(ring.rawValue)",
                                                radius: radii[ring.rawValue]))
        }
        var obstacles = BoxIndex(cellSize: 48)
        obstacles.insert(PictureBox(centre: centre, radius: options.organisationRadius))
        for ring in rings { obstacles.insert(ring.label.box) }
        let sectors = sectorLabels(outerRadius: radii[4], obstacles: &obstacles)

        var placements: [(actor: NetworkActor, layerID: UUID, ring: EngagementRing, position: PicturePoint, angle: Double)] = []
        for entry in plan.entries {
            for ring in EngagementRing.allCases {
                let actors = entry.actors.filter { $0.evaluation.ring == ring }
                guard !actors.isEmpty else { continue }
                guard let slots = slots(count: actors.count, inner: radii[ring.rawValue - 1], outer: radii[ring.rawValue],
                                        isInnermost: ring == .veryClose, start: entry.startAngle, end: entry.endAngle)
                else {
                    if force { continue }
                    return .failure(.crowded(ring))
                }
                for (actor, slot) in zip(actors, slots) {
                    placements.append((actor, entry.layerID, ring, centre.moved(radius: slot.radius, angle: slot.angle), slot.angle))
                }
            }
        }
        let nodeBoxes = placements.map { PictureBox(centre: $0.position, radius: options.nodeRadius + 1.5) }
        let firstNode = obstacles.boxes.count
        for box in nodeBoxes { obstacles.insert(box) }

        // Inner circles first (they are the most crowded), then clockwise.
        let order = placements.indices.sorted { first, second in
            let a = placements[first], b = placements[second]
            return a.ring != b.ring ? a.ring < b.ring : a.angle < b.angle
        }
        var labels = BoxIndex(cellSize: 48)
        var nodeLabels = [NetworkLayout.Label?](repeating: nil, count: placements.count)
        for index in order {
            let placement = placements[index]
            let text = TextMetrics.truncated(placement.actor.name, limit: options.labelCharacters)
            let candidates = labelCandidates(text: text, at: placement.position)
            let free = candidates.first { candidate in
                !obstacles.overlapsAny(candidate.box, except: firstNode + index) && !labels.overlapsAny(candidate.box)
            }
            if let free {
                labels.insert(free.box)
                nodeLabels[index] = free
            } else if requireAllLabels && !force {
                return .failure(.crowded(placement.ring))
            } else if let first = candidates.first {
                nodeLabels[index] = NetworkLayout.Label(text: first.text, box: first.box, anchor: first.anchor, baseline: first.baseline, isShown: false)
            }
        }
        let nodes = placements.indices.map { index in
            let placement = placements[index]
            return NetworkLayout.Node(actorID: placement.actor.id, layerID: placement.layerID, ring: placement.ring,
                                      position: placement.position, label: nodeLabels[index] ?? emptyLabel(at: placement.position))
        }
        var bounds = PictureBox(centre: centre, radius: radii[4] + 4)
        for box in rings.map(\.label.box) + sectors.map(\.label.box) + nodes.map(\.label.box) + nodeBoxes {
            bounds = bounds.union(box)
        }
        return .success(Result(rings: rings, sectors: sectors, nodes: nodes, bounds: bounds.insetBy(-16)))
    }

    // MARK: - Circles and sectors

    private func ringLabel(_ text: String, radius: Double) -> NetworkLayout.Label {
        let width = TextMetrics.width(of: text, fontSize: options.fontSize, isBold: true) + 12
        let height = labelHeight + 4
        let box = PictureBox(x: -width / 2, y: -radius - height / 2, width: width, height: height)
        return NetworkLayout.Label(text: text, box: box, anchor: .middle, baseline: PicturePoint(x: 0, y: -radius + options.fontSize * 0.35), isShown: true)
    }

    /// The layers' names just outside the outer circle, at the middle of their sectors;
    /// a name that would overlap another moves outwards.
    private func sectorLabels(outerRadius: Double, obstacles: inout BoxIndex) -> [NetworkLayout.Sector] {
        plan.entries.map { entry in
            let middle = (entry.startAngle + entry.endAngle) / 2
            let text = TextMetrics.truncated(entry.name, limit: 30)
            let width = TextMetrics.width(of: text, fontSize: options.fontSize, isBold: true) + 4
            var label = sectorLabel(text: text, width: width, angle: middle, radius: outerRadius + 10)
            for step in 1...12 where obstacles.overlapsAny(label.box) {
                label = sectorLabel(text: text, width: width, angle: middle, radius: outerRadius + 10 + Double(step) * (labelHeight + 2))
            }
            obstacles.insert(label.box)
            return NetworkLayout.Sector(layerID: entry.layerID, startAngle: entry.startAngle, endAngle: entry.endAngle, label: label)
        }
    }

    private func sectorLabel(text: String, width: Double, angle: Double, radius: Double) -> NetworkLayout.Label {
        let point = centre.moved(radius: radius, angle: angle)
        let horizontal = sin(angle), vertical = -cos(angle)
        let anchor: NetworkLayout.Anchor = horizontal > 0.25 ? .start : (horizontal < -0.25 ? .end : .middle)
        let x = switch anchor {
        case .start: point.x
        case .end: point.x - width
        case .middle: point.x - width / 2
        }
        let y = vertical < 0 ? point.y - labelHeight : point.y
        let box = PictureBox(x: x, y: y, width: width, height: labelHeight)
        let baselineX = switch anchor {
        case .start: box.x
        case .end: box.maxX
        case .middle: box.centre.x
        }
        return NetworkLayout.Label(text: text, box: box, anchor: anchor,
                                   baseline: PicturePoint(x: baselineX, y: box.y + options.fontSize), isShown: true)
    }

    // MARK: - Actors

    /// Places for `count` actors inside a band and a sector, in rows along arcs: no two
    /// closer than a node's width, none on a circle's line or a sector's edge. Nil when they
    /// do not fit.
    private func slots(count: Int, inner: Double, outer: Double, isInnermost: Bool, start: Double, end: Double) -> [(radius: Double, angle: Double)]? {
        let radius = options.nodeRadius
        let innerPad = isInnermost ? radius + 8 : labelHeight / 2 + radius + 4
        let low = inner + innerPad, high = outer - (labelHeight / 2 + radius + 4)
        let rowSpacing = 2 * radius + 6
        let nodeSpacing = 2 * radius + 8
        let usable = max(0, high - low)
        let maximumRows = max(1, Int(usable / rowSpacing))
        for rows in 1...maximumRows {
            let radii = (0..<rows).map { low + usable * (Double($0) + 0.5) / Double(rows) }
            let capacities = radii.map { row -> Int in
                let margin = (radius + 4) / row
                let arc = (end - start - 2 * margin) * row
                // Slots sit at the middles of equal steps along the arc, a node's width apart.
                return arc < 0 ? 0 : max(1, Int(arc / nodeSpacing))
            }
            let total = capacities.reduce(0, +)
            guard total >= count else { continue }
            let counts = share(count, among: capacities)
            var slots: [(radius: Double, angle: Double)] = []
            for (row, rowCount) in zip(radii, counts) where rowCount > 0 {
                let margin = (radius + 4) / row
                let span = end - start - 2 * margin
                for index in 0..<rowCount {
                    let angle = rowCount == 1 && span < 0 ? (start + end) / 2 : start + margin + span * (Double(index) + 0.5) / Double(rowCount)
                    slots.append((row, angle))
                }
            }
            return slots.sorted { $0.angle != $1.angle ? $0.angle < $1.angle : $0.radius < $1.radius }
        }
        return nil
    }

    /// `count` shared among rows in proportion to their capacities, none above its capacity.
    private func share(_ count: Int, among capacities: [Int]) -> [Int] {
        let total = capacities.reduce(0, +)
        var counts = capacities.map { count * $0 / max(total, 1) }
        var remaining = count - counts.reduce(0, +)
        var index = 0
        while remaining > 0 {
            if counts[index] < capacities[index] {
                counts[index] += 1
                remaining -= 1
            }
            index = (index + 1) % capacities.count
        }
        return counts
    }

    // MARK: - Labels

    /// Places a label may go, best first: on the outer side of the node, then shifted up
    /// and down, above and below, on the inner side, and further out.
    private func labelCandidates(text: String, at point: PicturePoint) -> [NetworkLayout.Label] {
        let width = TextMetrics.width(of: text, fontSize: options.fontSize) + 4
        let height = labelHeight
        let gap = options.nodeRadius + 3
        let outwardRight = point.x >= centre.x
        func side(_ right: Bool, _ shift: Double, extra: Double = 0) -> NetworkLayout.Label {
            let x = right ? point.x + gap + extra : point.x - gap - extra - width
            let box = PictureBox(x: x, y: point.y - height / 2 + shift, width: width, height: height)
            return label(text, box: box, anchor: right ? .start : .end)
        }
        func vertical(_ above: Bool, _ shift: Double) -> NetworkLayout.Label {
            let y = above ? point.y - gap - height : point.y + gap
            let box = PictureBox(x: point.x - width / 2 + shift, y: y, width: width, height: height)
            return label(text, box: box, anchor: .middle)
        }
        let outward = outwardRight, inward = !outwardRight
        let step = height * 0.75
        let towardsSide = outwardRight ? width / 2 - gap : -(width / 2 - gap)
        return [
            side(outward, 0), side(outward, -step), side(outward, step),
            vertical(true, towardsSide), vertical(false, towardsSide), vertical(true, 0), vertical(false, 0),
            side(inward, 0), side(inward, -step), side(inward, step),
            side(outward, -2 * step), side(outward, 2 * step),
            side(outward, 0, extra: 14), side(outward, -height, extra: 14), side(outward, height, extra: 14),
        ]
    }

    private func label(_ text: String, box: PictureBox, anchor: NetworkLayout.Anchor) -> NetworkLayout.Label {
        let x = switch anchor {
        case .start: box.x + 2
        case .end: box.maxX - 2
        case .middle: box.centre.x
        }
        return NetworkLayout.Label(text: text, box: box, anchor: anchor,
                                   baseline: PicturePoint(x: x, y: box.y + options.fontSize * 0.98), isShown: true)
    }

    private func emptyLabel(at point: PicturePoint) -> NetworkLayout.Label {
        NetworkLayout.Label(text: "", box: PictureBox(x: point.x, y: point.y, width: 0, height: 0), anchor: .start, baseline: point, isShown: false)
    }
}
