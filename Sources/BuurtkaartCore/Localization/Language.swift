import Foundation

/// An interface language of Buurtkaart. Dutch is the default: the method's users work in Dutch first.
public enum Language: String, CaseIterable, Codable, Sendable {
    case dutch = "nl"
    case french = "fr"
    case english = "en"

    public static let `default`: Language = .dutch

    /// The language's own name, as shown in a language picker.
    public var nativeName: String {
        switch self {
        case .dutch: "Nederlands"
        case .french: "Français"
        case .english: "English"
        }
    }

    /// Picks the best supported language from an HTTP `Accept-Language` header value,
    /// honouring quality weights; `nil` when none of ours is acceptable.
    public static func preferred(acceptLanguage header: String) -> Language? {
        var best: (language: Language, quality: Double)?
        for part in header.split(separator: ",") {
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first?.lowercased(), !tag.isEmpty else { continue }
            var quality = 1.0
            for parameter in pieces.dropFirst() where parameter.hasPrefix("q=") {
                quality = Double(parameter.dropFirst(2)) ?? 0
            }
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            guard quality > 0, let language = Language(rawValue: primary) else { continue }
            if best == nil || quality > best!.quality {
                best = (language, quality)
            }
        }
        return best?.language
    }
}
