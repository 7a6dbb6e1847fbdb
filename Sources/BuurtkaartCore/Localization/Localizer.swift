/// Looks up interface texts in the nl / fr / en tables and fills their `{placeholders}`.
///
/// A key missing from a table falls back to English, then to the key itself, so a missing
/// translation shows as a visible key rather than as an empty string; a test keeps the three
/// tables complete.
public enum Localizer {
    /// The texts of each area beyond the base tables (`Messages+<area>.swift`), each holding
    /// its keys in the three languages.
    static let areas: [MessageArea] = [networkMessages, networkEvaluationMessages]

    private static let english = merged(englishMessages, \.english)
    private static let dutch = merged(dutchMessages, \.dutch)
    private static let french = merged(frenchMessages, \.french)

    private static func merged(_ base: [String: String], _ language: KeyPath<MessageArea, [String: String]>) -> [String: String] {
        areas.reduce(into: base) { table, area in
            table.merge(area[keyPath: language]) { first, _ in first }
        }
    }

    public static func table(for language: Language) -> [String: String] {
        switch language {
        case .dutch: dutch
        case .french: french
        case .english: english
        }
    }

    public static func text(_ key: String, in language: Language, _ arguments: [String: String] = [:]) -> String {
        let template = table(for: language)[key] ?? english[key] ?? key
        return fill(template, arguments)
    }

    /// Replaces every `{name}` in `template` with its argument; unknown placeholders stay.
    static func fill(_ template: String, _ arguments: [String: String]) -> String {
        guard !arguments.isEmpty, template.contains("{") else { return template }
        var result = ""
        result.reserveCapacity(template.count)
        var index = template.startIndex
        while index < template.endIndex {
            let character = template[index]
            if character == "{", let close = template[index...].firstIndex(of: "}") {
                let name = String(template[template.index(after: index)..<close])
                if let value = arguments[name] {
                    result += value
                    index = template.index(after: close)
                    continue
                }
            }
            result.append(character)
            index = template.index(after: index)
        }
        return result
    }

    /// The placeholder names used in a template, for the completeness test.
    public static func placeholders(in template: String) -> Set<String> {
        var names = Set<String>()
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}

/// The texts of one area of the interface in the three languages, kept in one file so that a
/// feature brings its own texts.
struct MessageArea: Sendable {
    let english: [String: String]
    let dutch: [String: String]
    let french: [String: String]
}
