import Testing
@testable import BuurtkaartCore

@Suite("Writing CSV for spreadsheets")
struct CSVWriterTests {
    @Test("fields are quoted only when they must be, and rows end with CRLF after a byte-order mark")
    func quoting() {
        var writer = CSVWriter(separator: ";")
        writer.row(["plain", "with;separator", "with \"quotes\"", "two\nlines", "Café, bar"])
        #expect(writer.text == "\u{FEFF}plain;\"with;separator\";\"with \"\"quotes\"\"\";\"two\nlines\";Café, bar\r\n")
    }

    @Test("text a spreadsheet would run as a formula stays text", arguments: [
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("@SUM(A1)", "'@SUM(A1)"), ("-2+3*cmd", "'-2+3*cmd"),
        ("+32 2 411 52 08", "+32 2 411 52 08"), ("-12", "-12"), ("Gewoon", "Gewoon"),
    ])
    func formulas(input: String, expected: String) {
        var writer = CSVWriter(separator: ",")
        writer.row([input])
        let line = String(writer.text.dropFirst().dropLast(1))
        #expect(line == (expected.contains(",") || expected.contains("\"") ? "\"" + expected.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : expected))
    }

    @Test("Dutch and French spreadsheets get semicolons, English commas")
    func separators() {
        #expect(CSVWriter.separator(for: .dutch) == ";")
        #expect(CSVWriter.separator(for: .french) == ";")
        #expect(CSVWriter.separator(for: .english) == ",")
    }
}
