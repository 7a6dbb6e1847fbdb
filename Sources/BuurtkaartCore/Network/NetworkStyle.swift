import Foundation

/// How the network map draws the four axes, shared by the picture and its legend. Every
/// value of the method's colour axis has a second cue, so the map reads in black and white
/// and for colour-blind people: a shape for the actor and a line style for the arrow.
public enum NetworkStyle {
    public static let ink = "#1d2733"
    public static let organisation = "#1f4e79"
    public static let circleLine = "#8c99a6"
    public static let ringFills = ["#dde7f0", "#e7eef5", "#eff4f8", "#f7f9fb"]
    public static let sectorLine = "#c3ccd6"
    public static let keyFigure = "#f2b600"
    public static let keyFigureOutline = "#5c4300"

    /// Green, blue and red of the method, dark enough for white glyphs and thin lines.
    public static func colour(of tone: Tone?) -> String {
        switch tone {
        case .constructive: "#2e7d32"
        case .neutral: "#1e5aa8"
        case .conflictual: "#c62828"
        case nil: "#7a828c"
        }
    }

    /// Three clearly different widths; an actor whose influence is not yet evaluated gets
    /// the thinnest line.
    public static func width(of influence: Influence?) -> Double {
        switch influence {
        case .high: 7.5
        case .medium: 3.75
        case .low, nil: 1.5
        }
    }

    /// Solid for constructive, long dashes for neutral, dots for conflictual.
    public static func dashArray(of tone: Tone?, width: Double) -> String? {
        switch tone {
        case .constructive, nil: nil
        case .neutral: "\(SVGWriter.format(max(10, 3 * width))) \(SVGWriter.format(max(5, 1.5 * width)))"
        case .conflictual: "0 \(SVGWriter.format(2 * width + 4))"
        }
    }

    /// Round caps turn the conflictual dash pattern into dots.
    public static func lineCap(of tone: Tone?) -> String {
        tone == .conflictual ? "round" : "butt"
    }

    public enum Shape: String, Sendable {
        /// Constructive.
        case circle
        /// Neutral.
        case square
        /// Conflictual.
        case diamond
    }

    public static func shape(of tone: Tone?) -> Shape {
        switch tone {
        case .constructive, nil: .circle
        case .neutral: .square
        case .conflictual: .diamond
        }
    }

    /// The outline of a node of `radius` at `point` in its shape, as SVG element markup
    /// without closing attributes (the caller adds fill and stroke).
    static func shapeElement(_ shape: Shape, at point: PicturePoint, radius: Double) -> String {
        switch shape {
        case .circle:
            return "<circle cx=\"\(SVGWriter.format(point.x))\" cy=\"\(SVGWriter.format(point.y))\" r=\"\(SVGWriter.format(radius))\""
        case .square:
            let side = radius * 1.8
            return "<rect x=\"\(SVGWriter.format(point.x - side / 2))\" y=\"\(SVGWriter.format(point.y - side / 2))\" "
                + "width=\"\(SVGWriter.format(side))\" height=\"\(SVGWriter.format(side))\" rx=\"2\""
        case .diamond:
            let reach = radius * 1.3
            return "<path d=\"M\(SVGWriter.format(point.x)) \(SVGWriter.format(point.y - reach))L\(SVGWriter.format(point.x + reach)) "
                + "\(SVGWriter.format(point.y))L\(SVGWriter.format(point.x)) \(SVGWriter.format(point.y + reach))L"
                + "\(SVGWriter.format(point.x - reach)) \(SVGWriter.format(point.y))Z\""
        }
    }

    /// A five-pointed star around `point`: the mark of a key figure (sleutelfiguur).
    static func starPath(at point: PicturePoint, radius: Double) -> String {
        var path = ""
        for index in 0..<10 {
            let reach = index.isMultiple(of: 2) ? radius : radius * 0.45
            let corner = point.moved(radius: reach, angle: Double(index) * Double.pi / 5)
            path += (index == 0 ? "M" : "L") + SVGWriter.format(corner.x) + " " + SVGWriter.format(corner.y)
        }
        return path + "Z"
    }

    /// The line of a relation from `start` to `end` with arrowheads where the giving goes,
    /// as one path: the line stops short of each head so that thick lines keep sharp tips.
    static func arrowPaths(from start: PicturePoint, to end: PicturePoint, width: Double,
                           headAtStart: Bool, headAtEnd: Bool) -> (line: String, heads: String) {
        let length = start.distance(to: end)
        guard length > 1 else { return ("", "") }
        let ux = (end.x - start.x) / length, uy = (end.y - start.y) / length
        let headLength = 7 + 1.6 * width, headHalf = 3.5 + 1.1 * width
        var lineStart = start, lineEnd = end
        var heads = ""
        func head(tip: PicturePoint, dx: Double, dy: Double) -> String {
            let baseX = tip.x - dx * headLength, baseY = tip.y - dy * headLength
            let leftX = baseX - dy * headHalf, leftY = baseY + dx * headHalf
            let rightX = baseX + dy * headHalf, rightY = baseY - dx * headHalf
            return "M\(SVGWriter.format(tip.x)) \(SVGWriter.format(tip.y))L\(SVGWriter.format(leftX)) \(SVGWriter.format(leftY))"
                + "L\(SVGWriter.format(rightX)) \(SVGWriter.format(rightY))Z"
        }
        if headAtEnd && length > headLength * 2 {
            heads += head(tip: end, dx: ux, dy: uy)
            lineEnd = PicturePoint(x: end.x - ux * headLength * 0.8, y: end.y - uy * headLength * 0.8)
        }
        if headAtStart && length > headLength * 2 {
            heads += head(tip: start, dx: -ux, dy: -uy)
            lineStart = PicturePoint(x: start.x + ux * headLength * 0.8, y: start.y + uy * headLength * 0.8)
        }
        let line = "M\(SVGWriter.format(lineStart.x)) \(SVGWriter.format(lineStart.y))L\(SVGWriter.format(lineEnd.x)) \(SVGWriter.format(lineEnd.y))"
        return (line, heads)
    }
}
