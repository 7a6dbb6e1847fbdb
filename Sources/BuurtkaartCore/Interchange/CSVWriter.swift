/// Writes CSV (RFC 4180) that spreadsheet programs in Belgium and the Netherlands open
/// as people expect: UTF-8 with a byte-order mark, CRLF line ends, fields quoted when they
/// hold the separator, a quote or a line break, and a separator chosen by language (Excel
/// in Dutch and French expects ";").
public struct CSVWriter: Sendable {
    public let separator: Character
    public private(set) var text: String

    public init(separator: Character) {
        self.separator = separator
        self.text = "\u{FEFF}"
    }

    /// The separator spreadsheets of this language expect.
    public static func separator(for language: Language) -> Character {
        language == .english ? "," : ";"
    }

    public mutating func row(_ fields: [String]) {
        text += fields.map(escape).joined(separator: String(separator))
        text += "\r\n"
    }

    /// Quotes a field when needed, and keeps text that a spreadsheet would take for a
    /// formula (`=HYPERLINK(…)`, `@SUM(…)`) as text by putting an apostrophe before it.
    func escape(_ field: String) -> String {
        var value = field
        if let first = value.first {
            let startsFormula = first == "=" || first == "@" || first == "\t" || first == "\r"
            let signedExpression = (first == "+" || first == "-")
                && value.dropFirst().contains(where: { $0.isLetter || "=()".contains($0) })
            if startsFormula || signedExpression { value = "'" + value }
        }
        guard value.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
