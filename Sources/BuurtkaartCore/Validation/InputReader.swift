import Foundation

/// Reads the fields of one input object and collects what is wrong with each, so that a
/// person sees every problem of a form or a JSON body at once.
///
/// In `.json` mode values must have their JSON type (a ring is a number, a flag a boolean);
/// in `.form` mode every value arrives as text, an empty text means "not given", and a
/// checkbox is on when present.
public final class InputReader {
    public enum Mode: Sendable { case json, form }

    public let mode: Mode
    private let values: [String: JSONValue]
    private let prefix: String
    private let collector: Collector

    private final class Collector {
        var errors: [FieldError] = []
    }

    public init(_ values: [String: JSONValue], mode: Mode) {
        self.values = values
        self.mode = mode
        self.prefix = ""
        self.collector = Collector()
    }

    private init(values: [String: JSONValue], mode: Mode, prefix: String, collector: Collector) {
        self.values = values
        self.mode = mode
        self.prefix = prefix
        self.collector = collector
    }

    /// Reads a JSON body that must be an object.
    public static func json(_ value: JSONValue) throws(ValidationFailure) -> InputReader {
        guard case .object(let members) = value else {
            throw ValidationFailure(field: "", "error.input.notAnObject")
        }
        return InputReader(members, mode: .json)
    }

    public var errors: [FieldError] { collector.errors }

    /// Throws every collected problem, if there is one.
    public func finish() throws(ValidationFailure) {
        if !collector.errors.isEmpty { throw ValidationFailure(collector.errors) }
    }

    public func path(_ key: String) -> String { prefix.isEmpty ? key : "\(prefix).\(key)" }

    public func fail(_ key: String, _ messageKey: String, _ arguments: [String: String] = [:]) {
        let field = path(key)
        guard !collector.errors.contains(where: { $0.field == field }) else { return }
        collector.errors.append(FieldError(field: field, message: LocalizedMessage(messageKey, arguments)))
    }

    /// Whether the input holds a value for `key` (an empty form field counts as absent).
    public func has(_ key: String) -> Bool {
        switch values[key] {
        case nil, .null?: return false
        case .string(let text)? where mode == .form: return !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        default: return true
        }
    }

    /// Reports every key that is neither known nor silently ignored (read-only fields a
    /// client may send back, such as `id` or `version`).
    public func rejectUnknown(known: Set<String>, ignored: Set<String> = []) {
        for key in values.keys.sorted() where !known.contains(key) && !ignored.contains(key) {
            fail(key, "error.input.unknownField", ["field": path(key)])
        }
    }

    /// The JSON type a field must have, each with its own message.
    enum Expected: String {
        case text = "error.input.expectedText"
        case number = "error.input.expectedNumber"
        case boolean = "error.input.expectedBoolean"
        case list = "error.input.expectedList"
        case object = "error.input.expectedObject"
    }

    private func wrongType(_ key: String, expected: Expected) {
        fail(key, expected.rawValue)
    }

    // MARK: - Texts

    /// A text, trimmed; "" when absent. `required` reports an empty one; a text longer than
    /// `maximumLength` characters or holding control characters is reported.
    public func text(_ key: String, maximumLength: Int, required: Bool = false, multiline: Bool = false) -> String {
        let raw: String
        switch values[key] {
        case nil, .null?: raw = ""
        case .string(let text)?: raw = text
        case .number(let number)? where mode == .form: raw = String(number)
        default:
            wrongType(key, expected: .text)
            return ""
        }
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            .replacingOccurrences(of: "\r\n", with: "\n")
        if required && trimmed.isEmpty {
            fail(key, "error.input.required")
        } else if trimmed.count > maximumLength {
            fail(key, "error.input.tooLong", ["maximum": String(maximumLength), "length": String(trimmed.count)])
        } else if trimmed.unicodeScalars.contains(where: { Self.isForbidden($0, multiline: multiline) }) {
            fail(key, "error.input.controlCharacters")
        }
        return trimmed
    }

    private static func isForbidden(_ scalar: Unicode.Scalar, multiline: Bool) -> Bool {
        if multiline && (scalar == "\n" || scalar == "\t") { return false }
        return scalar.properties.generalCategory == .control
    }

    /// An e-mail address of a plausible shape, lower-cased; "" when absent.
    public func email(_ key: String, required: Bool = false) -> String {
        let address = text(key, maximumLength: 254, required: required).lowercased()
        if !address.isEmpty && !Self.isPlausibleEmail(address) {
            fail(key, "error.input.email")
        }
        return address
    }

    static func isPlausibleEmail(_ address: String) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              !address.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "," })
        else { return false }
        return true
    }

    /// A web address starting with http:// or https://; "" when absent. A bare domain
    /// (`www.example.be`) is completed with https://.
    public func webAddress(_ key: String) -> String {
        var address = text(key, maximumLength: 500)
        guard !address.isEmpty else { return "" }
        if !address.lowercased().hasPrefix("http://") && !address.lowercased().hasPrefix("https://") && !address.contains("://") {
            address = "https://" + address
        }
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = url.host, host.contains(".") || host == "localhost"
        else {
            fail(key, "error.input.webAddress")
            return address
        }
        return address
    }

    /// A phone number: digits, spaces and + ( ) - . /; "" when absent.
    public func phone(_ key: String) -> String {
        let number = text(key, maximumLength: 40)
        let allowed = Set("0123456789 +()-./")
        if !number.isEmpty && (!number.allSatisfy(allowed.contains) || number.filter(\.isNumber).count < 3) {
            fail(key, "error.input.phone")
        }
        return number
    }

    // MARK: - Choices, numbers, flags

    /// One value of a closed list (an enum with string raw values); the default when absent.
    public func choice<Value: RawRepresentable & CaseIterable>(_ key: String, default defaultValue: Value?) -> Value?
    where Value.RawValue == String {
        guard has(key) else { return defaultValue }
        guard let raw = values[key]?.stringValue else {
            wrongType(key, expected: .text)
            return defaultValue
        }
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        guard let value = Value(rawValue: trimmed) else {
            fail(key, "error.input.unknownChoice", [
                "value": String(trimmed.prefix(60)),
                "allowed": Value.allCases.map(\.rawValue).joined(separator: ", "),
            ])
            return defaultValue
        }
        return value
    }

    /// Several values of a closed list: a JSON array of strings, or in a form repeated
    /// fields or one comma-separated text.
    public func choices<Value: RawRepresentable & CaseIterable & Hashable>(_ key: String) -> [Value]
    where Value.RawValue == String {
        let raws: [JSONValue]
        switch values[key] {
        case nil, .null?: return []
        case .array(let items)?: raws = items
        case .string(let text)? where mode == .form:
            raws = text.split(separator: ",").map { .string(String($0)) }
        default:
            wrongType(key, expected: .list)
            return []
        }
        var result: [Value] = []
        for raw in raws {
            guard let text = raw.stringValue else {
                wrongType(key, expected: .list)
                return []
            }
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty && mode == .form { continue }
            guard let value = Value(rawValue: trimmed) else {
                fail(key, "error.input.unknownChoice", [
                    "value": String(trimmed.prefix(60)),
                    "allowed": Value.allCases.map(\.rawValue).joined(separator: ", "),
                ])
                return []
            }
            if !result.contains(value) { result.append(value) }
        }
        // Keep the declaration order, so the same set always reads the same.
        return Value.allCases.filter(result.contains)
    }

    /// A number within `range`; `nil` when absent.
    public func number(_ key: String, in range: ClosedRange<Double>) -> Double? {
        guard has(key) else { return nil }
        let number: Double?
        switch values[key] {
        case .number(let value)?: number = value
        case .string(let text)? where mode == .form:
            number = Double(text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "."))
            if number == nil {
                fail(key, "error.input.notANumber")
                return nil
            }
        default:
            wrongType(key, expected: .number)
            return nil
        }
        guard let value = number, value.isFinite, range.contains(value) else {
            fail(key, "error.input.outOfRange", [
                "minimum": Self.format(range.lowerBound), "maximum": Self.format(range.upperBound),
            ])
            return nil
        }
        return value
    }

    /// A whole number within `range`; `nil` when absent.
    public func integer(_ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let value = number(key, in: Double(range.lowerBound)...Double(range.upperBound)) else { return nil }
        guard value.rounded() == value else {
            fail(key, "error.input.notAWholeNumber")
            return nil
        }
        return Int(value)
    }

    static func format(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(value)
    }

    /// A yes/no value; in a form a checkbox is on when present with any value but "false".
    public func flag(_ key: String, default defaultValue: Bool) -> Bool {
        switch values[key] {
        case nil, .null?: return mode == .form ? false : defaultValue
        case .bool(let value)?: return value
        case .string(let text)? where mode == .form:
            return !["", "false", "0", "off", "no"].contains(text.lowercased())
        default:
            wrongType(key, expected: .boolean)
            return defaultValue
        }
    }

    /// A calendar date `YYYY-MM-DD`; `nil` when absent.
    public func date(_ key: String) -> CalendarDate? {
        guard has(key) else { return nil }
        guard let text = values[key]?.stringValue else {
            wrongType(key, expected: .text)
            return nil
        }
        guard let date = CalendarDate(text.trimmingCharacters(in: .whitespaces)) else {
            fail(key, "error.input.date")
            return nil
        }
        return date
    }

    /// A colour `#rrggbb`; the default when absent.
    public func colour(_ key: String, default defaultValue: HexColour?) -> HexColour? {
        guard has(key) else { return defaultValue }
        guard let text = values[key]?.stringValue else {
            wrongType(key, expected: .text)
            return defaultValue
        }
        guard let colour = HexColour(text) else {
            fail(key, "error.input.colour")
            return defaultValue
        }
        return colour
    }

    /// A UUID; `nil` when absent or malformed (reported).
    public func identifier(_ key: String, required: Bool = false) -> UUID? {
        guard has(key) else {
            if required { fail(key, "error.input.required") }
            return nil
        }
        guard let text = values[key]?.stringValue else {
            wrongType(key, expected: .text)
            return nil
        }
        guard let id = UUID(uuidString: text.trimmingCharacters(in: .whitespaces)) else {
            fail(key, "error.input.identifier")
            return nil
        }
        return id
    }

    /// A GeoJSON geometry of one of the `allowed` kinds; `nil` when absent. In a form the
    /// geometry arrives as GeoJSON text.
    public func geometry(_ key: String, allowed: Set<Geometry.Kind>) -> Geometry? {
        guard has(key), var value = values[key] else { return nil }
        if mode == .form, let text = value.stringValue {
            guard let parsed = JSONValue.parse(Data(text.utf8)) else {
                fail(key, "error.geometry.notJSON")
                return nil
            }
            value = parsed
        }
        do {
            return try GeometryParser.parse(value, allowed: allowed)
        } catch {
            collectorAppend(key, error.message)
            return nil
        }
    }

    private func collectorAppend(_ key: String, _ message: LocalizedMessage) {
        let field = path(key)
        guard !collector.errors.contains(where: { $0.field == field }) else { return }
        collector.errors.append(FieldError(field: field, message: message))
    }

    /// The nested object under `key`, read with the same mode and error list; an empty
    /// object when absent. In a form, nested fields are flattened as `key.field`.
    public func object(_ key: String) -> InputReader {
        let nestedPrefix = path(key)
        switch values[key] {
        case .object(let members)?:
            return InputReader(values: members, mode: mode, prefix: nestedPrefix, collector: collector)
        case nil, .null?:
            if mode == .form {
                var members: [String: JSONValue] = [:]
                for (name, value) in values where name.hasPrefix(key + ".") {
                    members[String(name.dropFirst(key.count + 1))] = value
                }
                return InputReader(values: members, mode: mode, prefix: nestedPrefix, collector: collector)
            }
            return InputReader(values: [:], mode: mode, prefix: nestedPrefix, collector: collector)
        default:
            wrongType(key, expected: .object)
            return InputReader(values: [:], mode: mode, prefix: nestedPrefix, collector: collector)
        }
    }

    func valueForRawText(_ key: String) -> JSONValue? { values[key] }

    /// The keys present at this level, for `rejectUnknown` in form mode.
    public var keys: Set<String> { Set(values.keys) }
}

extension InputReader {
    /// A text exactly as given, untrimmed (passwords); "" when absent or not a text.
    public func rawText(_ key: String) -> String {
        switch valueForRawText(key) {
        case .string(let text)?: return text
        case nil, .null?: return ""
        default:
            wrongType(key, expected: .text)
            return ""
        }
    }
}
