/// A message for a person, not yet in a language: a key of the localisation tables and the
/// values of its placeholders. Errors and notices carry these so that the web layer can say
/// them in the reader's language.
public struct LocalizedMessage: Sendable, Hashable, Codable {
    public var key: String
    public var arguments: [String: String]

    public init(_ key: String, _ arguments: [String: String] = [:]) {
        self.key = key
        self.arguments = arguments
    }

    public func text(in language: Language) -> String {
        Localizer.text(key, in: language, arguments)
    }
}
