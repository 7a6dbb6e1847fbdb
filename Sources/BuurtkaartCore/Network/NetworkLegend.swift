import Foundation

/// The legend of the network map with the four axes of the method — engagement
/// (betrokkenheid), reciprocity (wederkerigheid), influence (invloed) and value (waarde) —
/// and the other marks (key figure, potential, dormant, not yet evaluated), drawn with the
/// very shapes, colours and line styles of the picture.
public enum NetworkLegend {
    struct Row {
        let sample: (inout SVGWriter, PicturePoint) -> Void
        let text: String
    }

    struct Section {
        let heading: String
        let rows: [Row]
    }

    static func sections(in language: Language) -> [Section] {
        func t(_ key: String) -> String { Localizer.text(key, in: language) }
        return [
            Section(heading: t("network.legend.engagement"), rows: EngagementRing.allCases.map { ring in
                Row(sample: { writer, at in bullseye(ring, at: at, into: &writer) }, text: t(ring.messageKey))
            }),
            Section(heading: t("network.legend.reciprocity"), rows: Reciprocity.allCases.map { reciprocity in
                Row(sample: { writer, at in arrowSample(reciprocity, tone: .constructive, influence: .medium, at: at, into: &writer) },
                    text: reciprocity == .none ? t("network.legend.noArrow") : t(reciprocity.messageKey))
            }),
            Section(heading: t("network.legend.influence"), rows: Influence.allCases.map { influence in
                Row(sample: { writer, at in arrowSample(.mutual, tone: .constructive, influence: influence, at: at, into: &writer) },
                    text: t(influence.messageKey))
            }),
            Section(heading: t("network.legend.value"), rows: Tone.allCases.map { tone in
                Row(sample: { writer, at in
                    lineSample(tone: tone, at: at, into: &writer)
                    shapeSample(tone: tone, hollow: false, at: PicturePoint(x: at.x + 44, y: at.y), into: &writer)
                }, text: t("network.legend.tone.\(tone.rawValue)"))
            }),
            Section(heading: t("network.legend.more"), rows: [
                Row(sample: { writer, at in
                    shapeSample(tone: .constructive, hollow: false, at: PicturePoint(x: at.x + 44, y: at.y), into: &writer)
                    writer.raw("<path d=\"\(NetworkStyle.starPath(at: PicturePoint(x: at.x + 52, y: at.y - 8), radius: 6))\" fill=\"\(NetworkStyle.keyFigure)\" stroke=\"\(NetworkStyle.keyFigureOutline)\"/>")
                }, text: t("field.isKeyFigure")),
                Row(sample: { writer, at in shapeSample(tone: .constructive, hollow: true, at: PicturePoint(x: at.x + 44, y: at.y), into: &writer) },
                    text: t("status.potential")),
                Row(sample: { writer, at in
                    writer.raw("<g opacity=\"0.55\">")
                    shapeSample(tone: .constructive, hollow: false, at: PicturePoint(x: at.x + 44, y: at.y), into: &writer)
                    writer.raw("</g>")
                }, text: t("status.dormant")),
                Row(sample: { writer, at in shapeSample(tone: nil, hollow: true, at: PicturePoint(x: at.x + 44, y: at.y), into: &writer) },
                    text: t("network.legend.toneUnknown")),
            ]),
        ]
    }

    static let sampleWidth = 64.0

    /// Draws the legend with its top-left corner at `origin`, in `columns` columns; returns
    /// its height. Sections flow into the next column when a column is full.
    @discardableResult
    static func draw(language: Language, at origin: PicturePoint, columnWidth: Double, columns: Int, fontSize: Double,
                     into writer: inout SVGWriter) -> Double {
        let sections = sections(in: language)
        let rowHeight = fontSize * 1.9
        let heights = sections.map { fontSize * 1.8 + Double($0.rows.count) * rowHeight + fontSize * 0.8 }
        let perColumn = heights.reduce(0, +) / Double(max(columns, 1))
        var column = 0, y = origin.y, tallest = 0.0
        writer.raw("<g class=\"legend\">")
        for (index, section) in sections.enumerated() {
            if y > origin.y && y - origin.y + heights[index] / 2 > perColumn && column < columns - 1 {
                column += 1
                y = origin.y
            }
            let x = origin.x + Double(column) * columnWidth
            writer.label(section.heading, at: PicturePoint(x: x, y: y + fontSize * 1.1), anchor: "start", size: fontSize * 1.05, weight: "bold", halo: false)
            y += fontSize * 1.8
            for row in section.rows {
                let middle = PicturePoint(x: x, y: y + rowHeight / 2)
                row.sample(&writer, middle)
                let textWidth = columnWidth - sampleWidth - 8
                let text = TextMetrics.wrap(row.text, width: textWidth, fontSize: fontSize, lines: 1).first ?? ""
                writer.label(text, at: PicturePoint(x: x + sampleWidth + 6, y: middle.y + fontSize * 0.35), anchor: "start", size: fontSize, halo: false)
                y += rowHeight
            }
            y += fontSize * 0.8
            tallest = max(tallest, y - origin.y)
        }
        writer.raw("</g>")
        return tallest
    }

    /// The legend as a standalone SVG, for beside the picture on the page.
    public static func svg(language: Language, width: Double = 260, fontSize: Double = 13) -> String {
        var body = SVGWriter()
        let height = draw(language: language, at: PicturePoint(x: 4, y: 0), columnWidth: width - 8, columns: 1, fontSize: fontSize, into: &body)
        var writer = SVGWriter()
        writer.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"network-legend\"")
        writer.raw(" viewBox=\"0 0 \(SVGWriter.format(width)) \(SVGWriter.format(height))\"")
        writer.attribute("width", width)
        writer.attribute("height", height)
        writer.raw(" font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\" role=\"img\"")
        writer.attribute("aria-label", Localizer.text("legend.title", in: language))
        writer.raw(">")
        writer.raw(body.text)
        writer.raw("</svg>")
        return writer.text
    }

    // MARK: - Samples

    private static func bullseye(_ ring: EngagementRing, at point: PicturePoint, into writer: inout SVGWriter) {
        let centre = PicturePoint(x: point.x + 11, y: point.y)
        for candidate in EngagementRing.allCases.reversed() {
            let radius = 2 + Double(candidate.rawValue) * 2.2
            let fill = candidate == ring ? "#5b7fa6" : "#ffffff"
            writer.raw("<circle cx=\"\(SVGWriter.format(centre.x))\" cy=\"\(SVGWriter.format(centre.y))\" r=\"\(SVGWriter.format(radius))\" fill=\"\(fill)\" stroke=\"\(NetworkStyle.circleLine)\" stroke-width=\"0.8\"/>")
        }
        writer.raw("<circle cx=\"\(SVGWriter.format(centre.x))\" cy=\"\(SVGWriter.format(centre.y))\" r=\"2\" fill=\"\(NetworkStyle.organisation)\"/>")
    }

    private static func arrowSample(_ reciprocity: Reciprocity, tone: Tone, influence: Influence, at point: PicturePoint, into writer: inout SVGWriter) {
        writer.raw("<circle cx=\"\(SVGWriter.format(point.x + 5))\" cy=\"\(SVGWriter.format(point.y))\" r=\"5\" fill=\"\(NetworkStyle.organisation)\"/>")
        shapeSample(tone: tone, hollow: false, at: PicturePoint(x: point.x + 52, y: point.y), radius: 6, into: &writer)
        guard reciprocity != .none else { return }
        let width = NetworkStyle.width(of: influence)
        let paths = NetworkStyle.arrowPaths(from: PicturePoint(x: point.x + 11, y: point.y), to: PicturePoint(x: point.x + 44, y: point.y),
                                            width: width, headAtStart: reciprocity != .weGive, headAtEnd: reciprocity != .weReceive)
        let colour = NetworkStyle.colour(of: tone)
        writer.raw("<path d=\"\(paths.line)\" stroke=\"\(colour)\" stroke-width=\"\(SVGWriter.format(width))\" fill=\"none\"/>")
        writer.raw("<path d=\"\(paths.heads)\" fill=\"\(colour)\"/>")
    }

    private static func lineSample(tone: Tone, at point: PicturePoint, into writer: inout SVGWriter) {
        let width = NetworkStyle.width(of: .medium)
        writer.raw("<path d=\"M\(SVGWriter.format(point.x)) \(SVGWriter.format(point.y))h32\" fill=\"none\"")
        writer.attribute("stroke", NetworkStyle.colour(of: tone))
        writer.attribute("stroke-width", width)
        if let dashes = NetworkStyle.dashArray(of: tone, width: width) { writer.attribute("stroke-dasharray", dashes) }
        writer.raw(" stroke-linecap=\"\(NetworkStyle.lineCap(of: tone))\"/>")
    }

    private static func shapeSample(tone: Tone?, hollow: Bool, at point: PicturePoint, radius: Double = 8, into writer: inout SVGWriter) {
        let colour = NetworkStyle.colour(of: tone)
        writer.raw(NetworkStyle.shapeElement(NetworkStyle.shape(of: tone), at: point, radius: radius))
        writer.raw(" fill=\"\(hollow ? "#ffffff" : colour)\" stroke=\"\(hollow ? colour : "#ffffff")\" stroke-width=\"2\"")
        if tone == nil { writer.raw(" stroke-dasharray=\"3 2\"") }
        writer.raw("/>")
    }
}
