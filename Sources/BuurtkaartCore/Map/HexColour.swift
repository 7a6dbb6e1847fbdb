/// A colour written `#rrggbb` in lower case, as layers store it.
public struct HexColour: Sendable, Hashable, Codable, CustomStringConvertible {
    public let value: String

    /// Accepts `#rgb` and `#rrggbb` in any case; `nil` for anything else.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard trimmed.hasPrefix("#") else { return nil }
        let digits = trimmed.dropFirst()
        guard digits.allSatisfy({ $0.isHexDigit }) else { return nil }
        switch digits.count {
        case 6: value = trimmed
        case 3: value = "#" + digits.map { "\($0)\($0)" }.joined()
        default: return nil
        }
    }

    static func unchecked(_ text: String) -> HexColour {
        HexColour(text) ?? HexColour(uncheckedValue: text)
    }

    private init(uncheckedValue: String) { value = uncheckedValue }

    public var description: String { value }

    /// Black or white, whichever reads better on this colour (WCAG relative luminance).
    public var contrastingTextColour: HexColour {
        let channels = stride(from: 1, to: 7, by: 2).map { offset -> Double in
            let start = value.index(value.startIndex, offsetBy: offset)
            let component = Double(Int(value[start..<value.index(start, offsetBy: 2)], radix: 16) ?? 0) / 255
            return component <= 0.03928 ? component / 12.92 : pow((component + 0.055) / 1.055, 2.4)
        }
        let luminance = 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
        return luminance > 0.179 ? HexColour.unchecked("#000000") : HexColour.unchecked("#ffffff")
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let colour = HexColour(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a #rrggbb colour"))
        }
        self = colour
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

import Foundation
