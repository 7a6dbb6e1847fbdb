import BuurtkaartCore
import Foundation
import Vapor

struct FormFieldsKey: StorageKey { typealias Value = [String: JSONValue] }

extension Request {
    /// The fields of an `application/x-www-form-urlencoded` body as texts; a name given
    /// several times (checkboxes) becomes an array.
    func formFields() async throws -> [String: JSONValue] {
        if let cached = storage[FormFieldsKey.self] { return cached }
        guard headers.contentType == .urlEncodedForm else { throw AppError.unsupportedMediaType }
        let buffer = try await collectedBody()
        let text = buffer.map { String(buffer: $0) } ?? ""
        let fields = Self.parseForm(text)
        storage[FormFieldsKey.self] = fields
        return fields
    }

    static func parseForm(_ text: String) -> [String: JSONValue] {
        var fields: [String: JSONValue] = [:]
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String {
                String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            let name = decode(parts[0])
            let value = JSONValue.string(parts.count > 1 ? decode(parts[1]) : "")
            switch fields[name] {
            case nil: fields[name] = value
            case .array(let values)?: fields[name] = .array(values + [value])
            case let existing?: fields[name] = .array([existing, value])
            }
        }
        return fields
    }

    /// The JSON body of an API request, as a value to validate field by field.
    func jsonBody() async throws -> JSONValue {
        guard headers.contentType == .json else { throw AppError.unsupportedMediaType }
        let buffer = try await collectedBody()
        guard let buffer, buffer.readableBytes > 0 else {
            throw AppError.badRequest(LocalizedMessage("error.json.empty"))
        }
        guard let value = JSONValue.parse(Data(buffer: buffer)) else {
            throw AppError.badRequest(LocalizedMessage("error.json.malformed"))
        }
        return value
    }

    /// The whole body, collected up to the route's limit (413 beyond it).
    func collectedBody(limit: Int? = nil) async throws -> ByteBuffer? {
        let maximum = limit ?? application.routes.defaultMaxBodySize.value
        var buffer = body.data
        if buffer == nil { buffer = try await body.collect(max: maximum).get() }
        if let buffer, buffer.readableBytes > maximum { throw AppError.payloadTooLarge }
        return buffer
    }

    /// A path parameter that must be a UUID; anything else names nothing (404).
    func uuidParameter(_ name: String) throws -> UUID {
        guard let text = parameters.get(name), let id = UUID(uuidString: text) else { throw AppError.notFound }
        return id
    }
}
