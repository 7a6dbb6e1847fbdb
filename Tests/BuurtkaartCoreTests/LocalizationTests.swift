import Foundation
import Testing
@testable import BuurtkaartCore

@Suite("The interface texts")
struct LocalizationTests {
    @Test("the Dutch, French and English tables hold the same keys", arguments: [Language.dutch, .french])
    func tablesAreComplete(language: Language) {
        let english = Set(Localizer.table(for: .english).keys)
        let other = Set(Localizer.table(for: language).keys)
        #expect(english.subtracting(other).sorted() == [], "missing in \(language.rawValue)")
        #expect(other.subtracting(english).sorted() == [], "only in \(language.rawValue)")
    }

    @Test("every translation has the placeholders of the English text and no empty value", arguments: [Language.dutch, .french, .english])
    func placeholdersMatch(language: Language) {
        for (key, english) in Localizer.table(for: .english) {
            guard let text = Localizer.table(for: language)[key] else { continue }
            #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "\(key) is empty in \(language.rawValue)")
            #expect(Localizer.placeholders(in: text) == Localizer.placeholders(in: english), "\(key) in \(language.rawValue)")
        }
    }

    @Test("no key is defined twice across the base tables and the areas")
    func keysAreUnique() {
        var seen = Set(englishMessages.keys)
        for area in Localizer.areas {
            let keys = Set(area.english.keys)
            #expect(seen.intersection(keys).sorted() == [])
            seen.formUnion(keys)
            #expect(Set(area.dutch.keys) == keys)
            #expect(Set(area.french.keys) == keys)
        }
    }

    @Test("placeholders are filled and unknown ones stay visible")
    func placeholdersAreFilled() {
        #expect(Localizer.fill("{a} and {b}", ["a": "1", "b": "2"]) == "1 and 2")
        #expect(Localizer.fill("{a} and {c}", ["a": "1"]) == "1 and {c}")
        #expect(Localizer.text("no.such.key", in: .dutch) == "no.such.key")
    }

    @Test("every key the code names is in the tables")
    func keysInSourcesExist() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources")
        let pattern = try NSRegularExpression(pattern: #"(?:texts|LocalizedMessage|fail|ValidationFailure\(field: "[^"]*",|label: texts|legend: texts)\(?\s*"([a-z]+\.[A-Za-z0-9.]+)""#)
        let table = Localizer.table(for: .english)
        var missing: [String] = []
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        #expect(files.count > 20)
        for file in files where file.pathExtension == "swift" && !file.lastPathComponent.hasPrefix("Messages+") {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let range = Range(match.range(at: 1), in: text) else { continue }
                let key = String(text[range])
                if table[key] == nil && !key.hasSuffix(".") { missing.append("\(file.lastPathComponent): \(key)") }
            }
        }
        #expect(missing == [])
    }

    @Test("every notice a page redirects with has a text")
    func noticesExist() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources")
        let pattern = try NSRegularExpression(pattern: #"notice=([A-Za-z]+)"#)
        var notices = Set<String>()
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        for file in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text) { notices.insert(String(text[range])) }
            }
        }
        #expect(notices.count > 20)
        #expect(notices.filter { Localizer.table(for: .english)["notice.\($0)"] == nil }.sorted() == [])
    }

    @Test("every value of the method's lists has a text", arguments: [Language.dutch, .french, .english])
    func enumerationsHaveTexts(language: Language) {
        let table = Localizer.table(for: language)
        var keys: [String] = []
        keys += EngagementRing.allCases.map(\.messageKey) + Reciprocity.allCases.map(\.messageKey)
        keys += Influence.allCases.map(\.messageKey) + Tone.allCases.map(\.messageKey)
        keys += Collaboration.allCases.map(\.messageKey) + ActorKind.allCases.map(\.messageKey)
        keys += ActorStatus.allCases.map(\.messageKey) + Formality.allCases.map(\.messageKey)
        keys += Role.allCases.map(\.messageKey) + Cluster.allCases.map(\.messageKey) + BaseMap.allCases.map(\.messageKey)
        keys += [400, 401, 403, 404, 409, 413, 415, 422, 428, 429, 500].map { "error.title.\($0)" }
        #expect(keys.filter { table[$0] == nil } == [])
    }

    @Test("the twelve clusters carry the method's Dutch names")
    func dutchClusterNames() {
        let names = Cluster.allCases.map { Localizer.text($0.messageKey, in: .dutch) }
        #expect(names == [
            "Welzijn en zorg", "Vrije tijd: cultuur, jeugd, sport", "Onderwijs en vorming", "Sociale economie",
            "Lokale handelaars", "Religie", "Lokale overheden", "Publieke ruimte", "Mobiliteit", "Huisvesting",
            "Anderen", "Wat is er niet aanwezig?",
        ])
    }

    @Test("Accept-Language picks the best language we speak", arguments: [
        ("fr-BE,fr;q=0.9,en;q=0.8", Language.french),
        ("en-US,en;q=0.9", .english),
        ("de-DE,de;q=0.9,nl;q=0.5,fr;q=0.4", .dutch),
        ("nl-BE", .dutch),
        ("*", nil),
        ("de, es", nil),
        ("fr;q=0, en;q=0.1", .english),
    ])
    func acceptLanguage(header: String, expected: Language?) {
        #expect(Language.preferred(acceptLanguage: header) == expected)
    }
}
