import Foundation

/// Draws a `NetworkLayout` as SVG: the circles and their names, the layers' sectors, an
/// arrow per relation (direction for reciprocity, width for influence, colour and line
/// style for the value), the actors as their symbol in a shape of their value's colour, key
/// figures starred, and the labels. Attributes only, no stylesheet: the same markup shows in
/// the page, in a downloaded file and in a PDF.
public enum NetworkPicture {
    public struct Options: Sendable {
        public var language: Language
        /// Adds what the page needs to edit: focusable actors with their ids and versions.
        public var isInteractive: Bool
        /// Prefixes the ids inside the SVG, so that two pictures can share a page.
        public var idPrefix: String
        /// Glyphs of the workspace's own symbols, by symbol id (the catalogue's are known).
        public var glyphs: [String: String]
        /// Read by screen readers as the picture's name.
        public var title: String

        public init(language: Language, isInteractive: Bool = false, idPrefix: String = "nw", glyphs: [String: String] = [:], title: String = "") {
            self.language = language
            self.isInteractive = isInteractive
            self.idPrefix = idPrefix
            self.glyphs = glyphs
            self.title = title
        }
    }

    /// A complete `<svg>` element of the picture, sized by its view box.
    public static func svg(layout: NetworkLayout, input: NetworkInput, options: Options) -> String {
        var writer = SVGWriter(capacity: 2048 + layout.nodes.count * 900)
        let box = layout.bounds
        writer.raw(#"<svg xmlns="http://www.w3.org/2000/svg""#)
        writer.raw(" viewBox=\"\(SVGWriter.format(box.x)) \(SVGWriter.format(box.y)) \(SVGWriter.format(box.width)) \(SVGWriter.format(box.height))\"")
        writer.attribute("width", box.width)
        writer.attribute("height", box.height)
        writer.raw(#" font-family="DejaVu Sans, Verdana, Arial, sans-serif""#)
        writer.attribute("class", "network-picture")
        if options.isInteractive {
            writer.attribute("role", "group")
            writer.attribute("data-circles", layout.circleRadii.map(SVGWriter.format).joined(separator: " "))
        } else {
            writer.attribute("role", "img")
        }
        writer.attribute("aria-labelledby", "\(options.idPrefix)-title")
        writer.raw(">")
        writer.raw("<title id=\"\(options.idPrefix)-title\">")
        writer.escaped(options.title)
        writer.raw("</title>")
        body(layout: layout, input: input, options: options, into: &writer)
        writer.raw("</svg>")
        return writer.text
    }

    /// The picture's elements, for an `<svg>` of the caller's.
    static func body(layout: NetworkLayout, input: NetworkInput, options: Options, into writer: inout SVGWriter) {
        let actors = Dictionary(input.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let layers = Dictionary(input.layers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let glyphIDs = symbolDefinitions(layout: layout, actors: actors, options: options, into: &writer)
        circles(layout, into: &writer)
        sectors(layout, layers: layers, into: &writer)
        writer.raw("<g class=\"relations\">")
        for node in layout.nodes {
            guard let actor = actors[node.actorID] else { continue }
            relation(node, actor: actor, layout: layout, into: &writer)
        }
        writer.raw("</g>")
        ringLabels(layout, into: &writer)
        organisation(layout, input: input, into: &writer)
        writer.raw("<g class=\"actors\">")
        for node in layout.nodes {
            guard let actor = actors[node.actorID] else { continue }
            self.node(node, actor: actor, glyphID: glyphIDs[actor.symbolID], layout: layout, options: options, into: &writer)
        }
        writer.raw("</g>")
    }

    // MARK: - Parts

    /// Each glyph in use once, as a `<symbol>`; the actors `<use>` it.
    private static func symbolDefinitions(layout: NetworkLayout, actors: [UUID: NetworkActor], options: Options, into writer: inout SVGWriter) -> [String: String] {
        var ids: [String: String] = [:]
        var definitions = ""
        for node in layout.nodes {
            guard let symbolID = actors[node.actorID]?.symbolID, ids[symbolID] == nil,
                  let glyph = options.glyphs[symbolID] ?? SymbolCatalog.symbol(id: symbolID)?.glyph
            else { continue }
            let id = "\(options.idPrefix)-g\(ids.count)"
            ids[symbolID] = id
            definitions += "<symbol id=\"\(id)\" viewBox=\"0 0 24 24\">\(glyph)</symbol>"
        }
        if !definitions.isEmpty { writer.raw("<defs>\(definitions)</defs>") }
        return ids
    }

    private static func circles(_ layout: NetworkLayout, into writer: inout SVGWriter) {
        writer.raw("<g class=\"circles\">")
        for ring in layout.rings.reversed() {
            writer.raw("<circle cx=\"0\" cy=\"0\"")
            writer.attribute("r", ring.outerRadius)
            writer.attribute("fill", NetworkStyle.ringFills[ring.ring.rawValue - 1])
            writer.raw(" stroke=\"\(NetworkStyle.circleLine)\" stroke-width=\"1.5\"/>")
        }
        writer.raw("</g>")
    }

    private static func sectors(_ layout: NetworkLayout, layers: [UUID: NetworkLayer], into writer: inout SVGWriter) {
        guard let outer = layout.rings.last?.outerRadius else { return }
        let inner = layout.options.organisationRadius
        writer.raw("<g class=\"sectors\">")
        if layout.sectors.count > 1 {
            for sector in layout.sectors {
                let from = layout.centre.moved(radius: inner, angle: sector.startAngle)
                let to = layout.centre.moved(radius: outer, angle: sector.startAngle)
                writer.raw("<path d=\"M\(SVGWriter.format(from.x)) \(SVGWriter.format(from.y))L\(SVGWriter.format(to.x)) \(SVGWriter.format(to.y))\"")
                writer.raw(" stroke=\"\(NetworkStyle.sectorLine)\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>")
            }
        }
        for sector in layout.sectors {
            let colour = layers[sector.layerID]?.colour.value ?? NetworkStyle.circleLine
            // The layer's colour as an arc along the outer circle, then its name.
            let radius = outer + 4
            let from = layout.centre.moved(radius: radius, angle: sector.startAngle + 0.01)
            let to = layout.centre.moved(radius: radius, angle: sector.endAngle - 0.01)
            let large = sector.endAngle - sector.startAngle > Double.pi ? 1 : 0
            writer.raw("<path d=\"M\(SVGWriter.format(from.x)) \(SVGWriter.format(from.y))A\(SVGWriter.format(radius)) \(SVGWriter.format(radius)) 0 \(large) 1 \(SVGWriter.format(to.x)) \(SVGWriter.format(to.y))\"")
            writer.attribute("stroke", colour)
            writer.raw(" stroke-width=\"6\" fill=\"none\"/>")
            writer.label(sector.label.text, at: sector.label.baseline, anchor: sector.label.anchor.rawValue,
                         size: layout.options.fontSize, weight: "bold")
        }
        writer.raw("</g>")
    }

    private static func ringLabels(_ layout: NetworkLayout, into writer: inout SVGWriter) {
        writer.raw("<g class=\"circle-names\">")
        for ring in layout.rings {
            let box = ring.label.box
            writer.raw("<rect")
            writer.attribute("x", box.x)
            writer.attribute("y", box.y)
            writer.attribute("width", box.width)
            writer.attribute("height", box.height)
            writer.raw(" rx=\"\(SVGWriter.format(box.height / 2))\" fill=\"#ffffff\" stroke=\"\(NetworkStyle.circleLine)\"/>")
            writer.label(ring.label.text, at: ring.label.baseline, anchor: "middle", size: layout.options.fontSize, weight: "bold", halo: false)
        }
        writer.raw("</g>")
    }

    private static func organisation(_ layout: NetworkLayout, input: NetworkInput, into writer: inout SVGWriter) {
        let radius = layout.options.organisationRadius
        writer.raw("<g class=\"organisation\">")
        if let logo = input.logoDataURI {
            writer.raw("<circle cx=\"0\" cy=\"0\" r=\"\(SVGWriter.format(radius))\" fill=\"#ffffff\" stroke=\"\(NetworkStyle.organisation)\" stroke-width=\"3\"/>")
            let side = radius * 1.3
            writer.raw("<image")
            writer.attribute("x", -side / 2)
            writer.attribute("y", -side / 2)
            writer.attribute("width", side)
            writer.attribute("height", side)
            writer.attribute("href", logo)
            writer.raw(" preserveAspectRatio=\"xMidYMid meet\"/>")
        } else {
            writer.raw("<circle cx=\"0\" cy=\"0\" r=\"\(SVGWriter.format(radius))\" fill=\"\(NetworkStyle.organisation)\"/>")
            let size = layout.options.fontSize
            let lines = TextMetrics.wrap(input.organisation, width: radius * 1.6, fontSize: size, lines: 3, isBold: true)
            let top = -Double(lines.count - 1) * size * 1.2 / 2 + size * 0.35
            for (index, line) in lines.enumerated() {
                writer.label(line, at: PicturePoint(x: 0, y: top + Double(index) * size * 1.2), anchor: "middle", size: size,
                             weight: "bold", fill: "#ffffff", halo: false)
            }
        }
        writer.raw("</g>")
    }

    /// The arrow between the organisation and the actor; none when there is no exchange.
    private static func relation(_ node: NetworkLayout.Node, actor: NetworkActor, layout: NetworkLayout, into writer: inout SVGWriter) {
        guard let reciprocity = actor.evaluation.reciprocity, reciprocity != .none else { return }
        let distance = node.position.distance(to: layout.centre)
        let angle = atan2(node.position.x, -node.position.y)
        let start = layout.centre.moved(radius: layout.options.organisationRadius + 2, angle: angle)
        let end = layout.centre.moved(radius: distance - layout.options.nodeRadius * 1.35 - 2, angle: angle)
        let tone = actor.evaluation.tone
        let width = NetworkStyle.width(of: actor.evaluation.influence)
        let paths = NetworkStyle.arrowPaths(from: start, to: end, width: width,
                                            headAtStart: reciprocity != .weGive, headAtEnd: reciprocity != .weReceive)
        let colour = NetworkStyle.colour(of: tone)
        writer.raw("<g data-actor-id=\"\(actor.id.uuidString.lowercased())\"")
        if actor.status == .dormant { writer.raw(" opacity=\"0.5\"") }
        writer.raw("><path d=\"\(paths.line)\" fill=\"none\" stroke=\"\(colour)\"")
        writer.attribute("stroke-width", width)
        if let dashes = NetworkStyle.dashArray(of: tone, width: width) { writer.attribute("stroke-dasharray", dashes) }
        writer.raw(" stroke-linecap=\"\(NetworkStyle.lineCap(of: tone))\"/>")
        if !paths.heads.isEmpty { writer.raw("<path d=\"\(paths.heads)\" fill=\"\(colour)\"/>") }
        writer.raw("</g>")
    }

    private static func node(_ node: NetworkLayout.Node, actor: NetworkActor, glyphID: String?, layout: NetworkLayout,
                             options: Options, into writer: inout SVGWriter) {
        let radius = layout.options.nodeRadius
        let tone = actor.evaluation.tone
        let colour = NetworkStyle.colour(of: tone)
        let description = NetworkDescription.describe(actor, in: options.language)
        writer.raw("<g class=\"actor\"")
        if options.isInteractive {
            writer.attribute("data-actor-id", actor.id.uuidString.lowercased())
            writer.attribute("data-version", String(actor.version))
            writer.attribute("data-ring", String(node.ring.rawValue))
            writer.raw(" tabindex=\"0\" role=\"button\"")
            writer.attribute("aria-label", description)
        }
        if actor.status == .dormant { writer.raw(" opacity=\"0.55\"") }
        writer.raw("><title>")
        writer.escaped(description)
        writer.raw("</title>")
        let isHollow = actor.status == .potential || tone == nil
        writer.raw(NetworkStyle.shapeElement(NetworkStyle.shape(of: tone), at: node.position, radius: radius))
        writer.raw(" fill=\"\(isHollow ? "#ffffff" : colour)\" stroke=\"\(isHollow ? colour : "#ffffff")\" stroke-width=\"2\"")
        if tone == nil { writer.raw(" stroke-dasharray=\"3 2\"") }
        writer.raw("/>")
        if let glyphID {
            let side = radius * 1.2
            let ink = isHollow ? colour : "#ffffff"
            writer.raw("<use href=\"#\(glyphID)\"")
            writer.attribute("x", node.position.x - side / 2)
            writer.attribute("y", node.position.y - side / 2)
            writer.attribute("width", side)
            writer.attribute("height", side)
            writer.raw(" fill=\"none\" stroke=\"\(ink)\" color=\"\(ink)\" stroke-width=\"2.2\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>")
        }
        if actor.isKeyFigure {
            let star = PicturePoint(x: node.position.x + radius * 0.95, y: node.position.y - radius * 0.95)
            writer.raw("<path d=\"\(NetworkStyle.starPath(at: star, radius: 6.5))\" fill=\"\(NetworkStyle.keyFigure)\" stroke=\"\(NetworkStyle.keyFigureOutline)\" stroke-width=\"1\"/>")
        }
        if !node.label.text.isEmpty {
            writer.label(node.label.text, at: node.label.baseline, anchor: node.label.anchor.rawValue, size: layout.options.fontSize,
                         extra: node.label.isShown ? " class=\"name\"" : " class=\"name on-demand\" visibility=\"hidden\"")
        }
        writer.raw("</g>")
    }
}

/// The words a screen reader and a tooltip give for an actor of the network map.
public enum NetworkDescription {
    public static func describe(_ actor: NetworkActor, in language: Language) -> String {
        let evaluation = actor.evaluation
        var parts: [String] = []
        parts.append(evaluation.ring.map { Localizer.text($0.messageKey, in: language) } ?? Localizer.text("ring.none", in: language))
        if let reciprocity = evaluation.reciprocity { parts.append(Localizer.text(reciprocity.messageKey, in: language)) }
        if let influence = evaluation.influence {
            parts.append(Localizer.text("network.influenceIs", in: language, ["influence": Localizer.text(influence.messageKey, in: language)]))
        }
        if let tone = evaluation.tone { parts.append(Localizer.text(tone.messageKey, in: language)) }
        if actor.status != .current { parts.append(Localizer.text(actor.status.messageKey, in: language)) }
        if actor.isKeyFigure { parts.append(Localizer.text("field.isKeyFigure", in: language)) }
        return actor.name + ": " + parts.joined(separator: ", ")
    }
}
