import Foundation

/// Appends SVG markup to one string: numbers written short and without `String(format:)`
/// (a thousand actors make tens of thousands of them), text always escaped.
struct SVGWriter {
    private(set) var text = ""

    init(capacity: Int = 4096) {
        text.reserveCapacity(capacity)
    }

    mutating func raw(_ markup: String) {
        text += markup
    }

    /// Escaped text content or attribute value.
    mutating func escaped(_ value: String) {
        text += escapeXML(value)
    }

    /// A number with at most one decimal: `12`, `-3.5`.
    mutating func number(_ value: Double) {
        text += Self.format(value)
    }

    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int((value * 10).rounded())
        let whole = tenths / 10, fraction = abs(tenths % 10)
        if fraction == 0 { return String(whole) }
        return (tenths < 0 && whole == 0 ? "-0" : String(whole)) + "." + String(fraction)
    }

    /// ` name="value"` with the value escaped.
    mutating func attribute(_ name: String, _ value: String) {
        text += " " + name + "=\"" + escapeXML(value) + "\""
    }

    mutating func attribute(_ name: String, _ value: Double) {
        text += " " + name + "=\"" + Self.format(value) + "\""
    }

    /// `<text>` at `point` with the given anchor, escaped content, and a white halo so that
    /// it reads over lines.
    mutating func label(_ content: String, at point: PicturePoint, anchor: String, size: Double, weight: String? = nil,
                        fill: String = "#1d2733", halo: Bool = true, extra: String = "") {
        raw("<text")
        attribute("x", point.x)
        attribute("y", point.y)
        attribute("font-size", size)
        if anchor != "start" { attribute("text-anchor", anchor) }
        if let weight { attribute("font-weight", weight) }
        attribute("fill", fill)
        if halo { raw(##" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke""##) }
        raw(extra)
        raw(">")
        escaped(content)
        raw("</text>")
    }
}
