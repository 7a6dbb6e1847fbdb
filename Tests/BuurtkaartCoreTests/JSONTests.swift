import Foundation
import Testing
@testable import BuurtkaartCore

@Suite("Reading and writing JSON")
struct JSONTests {
    @Test("well-formed documents are read", arguments: [
        (#"{"a": [1, -2.5, 3e2, true, false, null], "b": {"c": "d"}}"#,
         JSONValue.object(["a": .array([.number(1), .number(-2.5), .number(300), .bool(true), .bool(false), .null]), "b": .object(["c": .string("d")])])),
        (#""Caf\u00e9 \"quoted\" \\ \/ \n \ud83d\ude00""#, .string("Café \"quoted\" \\ / \n 😀")),
        (" [ ] ", .array([])),
        ("0", .number(0)),
        (#"{"é": "ü"}"#, .object(["é": .string("ü")])),
    ])
    func valid(text: String, expected: JSONValue) {
        #expect(JSONValue.parse(text) == expected)
    }

    @Test("malformed documents are refused", arguments: [
        "", "{", "[1,]", "{\"a\" 1}", "01", "1.", "-", "tru", "nul", "\"\\x\"", "\"\\ud800\"", "\"a\nb\"", "[1] 2",
        "{\"a\": 1,}", "NaN", "1e999",
    ])
    func invalid(text: String) {
        #expect(JSONValue.parse(text) == nil)
    }

    @Test("nesting deeper than the limit is refused rather than exhausting the stack")
    func depth() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(JSONValue.parse(deep) == nil)
        let allowed = String(repeating: "[", count: 30) + String(repeating: "]", count: 30)
        #expect(JSONValue.parse(allowed) != nil)
    }

    @Test("what the writer writes reads back the same", arguments: [
        JSONValue.object(["text": .string("line\nbreak \"quote\" \u{01} tab\t é"), "n": .number(4.3355), "i": .number(12),
                          "list": .array([.bool(true), .null])]),
    ])
    func roundTrip(value: JSONValue) {
        #expect(JSONValue.parse(value.encodedString()) == value)
        let foundation = try? JSONSerialization.jsonObject(with: Data(value.encodedString().utf8))
        #expect(foundation != nil)
    }
}
