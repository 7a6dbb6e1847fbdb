import Foundation

/// A point of the network picture, in its units (y grows downwards, as in SVG).
public struct PicturePoint: Sendable, Hashable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// The point at `radius` from `self` in the direction `angle`, measured in radians
    /// clockwise from twelve o'clock.
    public func moved(radius: Double, angle: Double) -> PicturePoint {
        PicturePoint(x: x + radius * sin(angle), y: y - radius * cos(angle))
    }

    public func distance(to other: PicturePoint) -> Double {
        ((x - other.x) * (x - other.x) + (y - other.y) * (y - other.y)).squareRoot()
    }
}

/// An axis-aligned box of the picture: a label, a node, the whole drawing.
public struct PictureBox: Sendable, Hashable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// The box of a circle.
    public init(centre: PicturePoint, radius: Double) {
        self.init(x: centre.x - radius, y: centre.y - radius, width: 2 * radius, height: 2 * radius)
    }

    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
    public var centre: PicturePoint { PicturePoint(x: x + width / 2, y: y + height / 2) }

    /// Whether the two boxes share any area (touching edges do not count).
    public func intersects(_ other: PictureBox) -> Bool {
        x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
    }

    public func union(_ other: PictureBox) -> PictureBox {
        let minX = min(x, other.x), minY = min(y, other.y)
        return PictureBox(x: minX, y: minY, width: max(maxX, other.maxX) - minX, height: max(maxY, other.maxY) - minY)
    }

    public func insetBy(_ amount: Double) -> PictureBox {
        PictureBox(x: x + amount, y: y + amount, width: width - 2 * amount, height: height - 2 * amount)
    }

    /// Whether the box reaches inside the circle.
    public func intersects(circle centre: PicturePoint, radius: Double) -> Bool {
        let nearestX = Swift.max(x, Swift.min(centre.x, maxX))
        let nearestY = Swift.max(y, Swift.min(centre.y, maxY))
        let dx = centre.x - nearestX, dy = centre.y - nearestY
        return dx * dx + dy * dy < radius * radius
    }
}

/// Boxes kept in a grid of cells, so that asking what a new box would overlap looks at its
/// neighbourhood only: placing a thousand labels stays linear.
struct BoxIndex {
    private let cellSize: Double
    private var cells: [Int64: [Int]] = [:]
    private(set) var boxes: [PictureBox] = []

    init(cellSize: Double) {
        self.cellSize = cellSize
    }

    mutating func insert(_ box: PictureBox) {
        let index = boxes.count
        boxes.append(box)
        forEachCell(of: box) { key in cells[key, default: []].append(index) }
    }

    func overlapsAny(_ box: PictureBox, except excluded: Int? = nil) -> Bool {
        var found = false
        forEachCell(of: box) { key in
            guard !found, let members = cells[key] else { return }
            for member in members where member != excluded && boxes[member].intersects(box) {
                found = true
                return
            }
        }
        return found
    }

    private func forEachCell(of box: PictureBox, _ body: (Int64) -> Void) {
        let minX = Int64((box.x / cellSize).rounded(.down)), maxX = Int64((box.maxX / cellSize).rounded(.down))
        let minY = Int64((box.y / cellSize).rounded(.down)), maxY = Int64((box.maxY / cellSize).rounded(.down))
        for cellX in minX...maxX {
            for cellY in minY...maxY {
                body(cellX &* 1_000_003 &+ cellY)
            }
        }
    }
}
