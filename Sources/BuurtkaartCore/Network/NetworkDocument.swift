import Foundation

/// The network map on a sheet of paper, for the wall, the team meeting and the annual
/// report: the title, the organisation and the date on top, the picture as large as the
/// sheet allows, the legend beside it (landscape) or under it (portrait), a footer.
/// One SVG serves the download, the PNG and the PDF.
public enum NetworkDocument {
    public enum Paper: String, CaseIterable, Sendable {
        case a4, a3

        /// Width and height in millimetres, portrait.
        var millimetres: (width: Double, height: Double) {
            switch self {
            case .a4: (210, 297)
            case .a3: (297, 420)
            }
        }
    }

    public enum Orientation: String, CaseIterable, Sendable {
        case portrait, landscape
    }

    public struct Page: Sendable, Hashable {
        public var paper: Paper
        public var orientation: Orientation

        public init(paper: Paper = .a4, orientation: Orientation = .landscape) {
            self.paper = paper
            self.orientation = orientation
        }

        /// The sheet in millimetres, as turned.
        public var size: (width: Double, height: Double) {
            let portrait = paper.millimetres
            return orientation == .portrait ? portrait : (portrait.height, portrait.width)
        }

        /// The size in pixels at `dotsPerInch`, for a PNG.
        public func pixels(dotsPerInch: Double) -> (width: Int, height: Int) {
            (Int((size.width / 25.4 * dotsPerInch).rounded()), Int((size.height / 25.4 * dotsPerInch).rounded()))
        }
    }

    /// Units of the document per millimetre: text sizes below are in these units.
    static let unitsPerMillimetre = 4.0

    public struct Texts: Sendable {
        public var title: String
        /// The organisation's name and the date, under the title.
        public var subtitle: String
        public var footer: String

        public init(title: String, subtitle: String, footer: String) {
            self.title = title
            self.subtitle = subtitle
            self.footer = footer
        }
    }

    public static func svg(layout: NetworkLayout, input: NetworkInput, options: NetworkPicture.Options, page: Page, texts: Texts) -> String {
        let (widthMM, heightMM) = page.size
        let width = widthMM * unitsPerMillimetre, height = heightMM * unitsPerMillimetre
        let margin = 10 * unitsPerMillimetre
        var writer = SVGWriter(capacity: 4096 + layout.nodes.count * 900)
        writer.raw("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        writer.raw(" width=\"\(SVGWriter.format(widthMM))mm\" height=\"\(SVGWriter.format(heightMM))mm\"")
        writer.raw(" viewBox=\"0 0 \(SVGWriter.format(width)) \(SVGWriter.format(height))\"")
        writer.raw(" font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\" role=\"img\" aria-labelledby=\"\(options.idPrefix)-title\">")
        writer.raw("<title id=\"\(options.idPrefix)-title\">")
        writer.escaped(texts.title)
        writer.raw("</title>")
        writer.raw("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>")

        let titleSize = 26.0, subtitleSize = 15.0, footerSize = 10.0
        let titleLine = TextMetrics.wrap(texts.title, width: width - 2 * margin, fontSize: titleSize, lines: 1, isBold: true).first ?? ""
        writer.label(titleLine, at: PicturePoint(x: margin, y: margin + titleSize), anchor: "start", size: titleSize, weight: "bold", halo: false)
        writer.label(texts.subtitle, at: PicturePoint(x: margin, y: margin + titleSize + subtitleSize * 1.7), anchor: "start",
                     size: subtitleSize, fill: "#4a5561", halo: false)
        writer.label(texts.footer, at: PicturePoint(x: margin, y: height - margin + footerSize), anchor: "start", size: footerSize,
                     fill: "#4a5561", halo: false)
        let top = margin + titleSize + subtitleSize * 2.8
        let bottom = height - margin - footerSize
        let legendFont = 11.0

        var pictureBox: PictureBox
        if page.orientation == .landscape {
            let legendWidth = 62 * unitsPerMillimetre
            let legendX = width - margin - legendWidth
            NetworkLegend.draw(language: options.language, at: PicturePoint(x: legendX, y: top), columnWidth: legendWidth, columns: 1,
                               fontSize: legendFont, into: &writer)
            pictureBox = PictureBox(x: margin, y: top, width: legendX - margin - 6 * unitsPerMillimetre, height: bottom - top)
        } else {
            let columns = 3
            let columnWidth = (width - 2 * margin) / Double(columns)
            var measure = SVGWriter()
            let legendHeight = NetworkLegend.draw(language: options.language, at: PicturePoint(x: 0, y: 0), columnWidth: columnWidth,
                                                  columns: columns, fontSize: legendFont, into: &measure)
            let legendY = bottom - legendHeight
            NetworkLegend.draw(language: options.language, at: PicturePoint(x: margin, y: legendY), columnWidth: columnWidth,
                               columns: columns, fontSize: legendFont, into: &writer)
            pictureBox = PictureBox(x: margin, y: top, width: width - 2 * margin, height: legendY - top - 4 * unitsPerMillimetre)
        }
        pictureBox.height = max(pictureBox.height, 40)
        let bounds = layout.bounds
        writer.raw("<svg")
        writer.attribute("x", pictureBox.x)
        writer.attribute("y", pictureBox.y)
        writer.attribute("width", pictureBox.width)
        writer.attribute("height", pictureBox.height)
        writer.raw(" viewBox=\"\(SVGWriter.format(bounds.x)) \(SVGWriter.format(bounds.y)) \(SVGWriter.format(bounds.width)) \(SVGWriter.format(bounds.height))\"")
        writer.raw(" preserveAspectRatio=\"xMidYMid meet\">")
        NetworkPicture.body(layout: layout, input: input, options: options, into: &writer)
        writer.raw("</svg></svg>")
        return writer.text
    }
}
