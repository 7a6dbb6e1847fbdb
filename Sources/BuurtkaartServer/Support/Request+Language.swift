import BuurtkaartCore
import Vapor

extension Request {
    static let languageCookie = "buurtkaart_lang"

    /// The language to answer in: the signed-in person's choice, else the language cookie
    /// set by the language links, else the browser's `Accept-Language`, else Dutch.
    var language: Language {
        if let user = currentUser, let language = Language(rawValue: user.language) { return language }
        if let code = cookies[Self.languageCookie]?.string, let language = Language(rawValue: code) { return language }
        if let header = headers.first(name: .acceptLanguage), let language = Language.preferred(acceptLanguage: header) {
            return language
        }
        return .default
    }

    /// A translator for the request's language.
    var texts: Texts { Texts(language: language) }
}

/// Looks up interface texts in one language: `texts("key")`, `texts("key", ["n": "3"])`.
struct Texts: Sendable {
    let language: Language

    func callAsFunction(_ key: String, _ arguments: [String: String] = [:]) -> String {
        Localizer.text(key, in: language, arguments)
    }

    func callAsFunction(_ message: LocalizedMessage) -> String {
        message.text(in: language)
    }
}
