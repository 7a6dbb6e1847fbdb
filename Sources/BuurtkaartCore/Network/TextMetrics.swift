import Foundation

/// The width text takes in the network picture, estimated without a font engine so that the
/// layout is the same on every machine. The advance widths are those of the wide sans-serif
/// faces the picture asks for (DejaVu Sans, then Verdana), rounded up: an estimate that errs
/// wide keeps labels from touching when the real font is narrower.
public enum TextMetrics {
    /// The width of `text` at `fontSize`, in the same units.
    public static func width(of text: String, fontSize: Double, isBold: Bool = false) -> Double {
        var em = 0.0
        for scalar in text.unicodeScalars {
            em += advance(of: scalar)
        }
        return em * fontSize * (isBold ? 1.1 : 1.0)
    }

    /// `text` cut to at most `limit` characters, with an ellipsis when cut.
    public static func truncated(_ text: String, limit: Int) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.count > limit, limit > 1 else { return trimmed }
        return String(trimmed.prefix(limit - 1)).trimmingCharacters(in: .whitespaces) + "…"
    }

    /// Splits `text` into at most `lines` lines of at most `width` each, breaking at spaces,
    /// the last line cut with an ellipsis when the text does not fit.
    public static func wrap(_ text: String, width: Double, fontSize: Double, lines maximum: Int, isBold: Bool = false) -> [String] {
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        var lines: [String] = []
        var current = ""
        for word in words {
            let candidate = current.isEmpty ? word : current + " " + word
            if Self.width(of: candidate, fontSize: fontSize, isBold: isBold) <= width || current.isEmpty {
                current = candidate
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > maximum {
            lines = Array(lines.prefix(maximum))
            lines[maximum - 1] += "…"
        }
        return lines.map { line in
            var fitted = line
            while Self.width(of: fitted, fontSize: fontSize, isBold: isBold) > width, fitted.count > 2 {
                fitted = String(fitted.dropLast(2)) + "…"
            }
            return fitted
        }
    }

    /// The advance of one character in ems.
    static func advance(of scalar: Unicode.Scalar) -> Double {
        switch scalar {
        case " ": 0.36
        case "i", "j", "l", "ı", "'", "|", "!", ".", ",", ":", ";", "í", "ì", "ï", "î": 0.30
        case "f", "t", "r", "(", ")", "[", "]", "-", "/", "\\", "\"": 0.44
        case "m", "w": 0.99
        case "M", "W", "@", "%": 1.02
        case "a"..."z": 0.63
        case "A"..."Z": 0.75
        case "0"..."9": 0.64
        case "…": 1.0
        default:
            // Accented and other Latin letters are as wide as their base letters; anything
            // else (CJK, emoji) is taken as a full em.
            scalar.value < 0x250 ? (scalar.properties.isUppercase ? 0.75 : 0.63) : 1.0
        }
    }
}
