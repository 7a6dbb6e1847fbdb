import BuurtkaartCore
import Fluent
import FluentSQL
import Vapor

/// Which actors of a map to list, and which page of them: by layer, status, engagement
/// ring (or not yet evaluated), tone, kind, key figure and a part of the name.
struct ActorFilter: Sendable {
    var layerIDs: [UUID] = []
    var statuses: [ActorStatus] = []
    /// Rings to include; `notEvaluated` includes actors without a ring.
    var rings: [EngagementRing] = []
    var notEvaluated = false
    var tones: [Tone] = []
    var kinds: [ActorKind] = []
    var isKeyFigure: Bool?
    var search = ""
    var limit = 100
    var offset = 0
    /// The column the list is sorted by, and whether from high to low.
    var sort: Sort = .name
    var descending = false

    enum Sort: String, CaseIterable, Sendable {
        case name, layer, kind, status, ring, reciprocity, influence, tone, lastContact, updatedAt
    }

    static let maximumLimit = 1000

    var isEmpty: Bool {
        layerIDs.isEmpty && statuses.isEmpty && rings.isEmpty && !notEvaluated && tones.isEmpty && kinds.isEmpty
            && isKeyFigure == nil && search.isEmpty
    }

    /// Reads the filter from a query string. Strict (the API) reports every unknown value;
    /// lenient (the HTML list) ignores them, as a hand-edited address should still show a list.
    static func parse(_ query: String?, strict: Bool) throws(ValidationFailure) -> ActorFilter {
        let fields = Request.parseForm(query ?? "")
        func values(_ name: String) -> [String] {
            let raw: [JSONValue] = switch fields[name] {
            case .array(let items)?: items
            case let item?: [item]
            case nil: []
            }
            return raw.compactMap(\.stringValue).flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
                .filter { !$0.isEmpty }
        }
        var errors: [FieldError] = []
        func report(_ field: String, _ value: String, allowed: String) {
            errors.append(FieldError(field: field, message: LocalizedMessage("error.input.unknownChoice", ["value": String(value.prefix(60)), "allowed": allowed])))
        }
        func choices<T: RawRepresentable & CaseIterable>(_ name: String, _: T.Type) -> [T] where T.RawValue == String {
            values(name).compactMap { value in
                if let choice = T(rawValue: value) { return choice }
                report(name, value, allowed: T.allCases.map(\.rawValue).joined(separator: ", "))
                return nil
            }
        }
        var filter = ActorFilter()
        for value in values("layer") {
            if let id = UUID(uuidString: value) { filter.layerIDs.append(id) } else {
                errors.append(FieldError(field: "layer", message: LocalizedMessage("error.input.identifier")))
            }
        }
        filter.statuses = choices("status", ActorStatus.self)
        filter.tones = choices("tone", Tone.self)
        filter.kinds = choices("kind", ActorKind.self)
        for value in values("ring") {
            if value == "none" { filter.notEvaluated = true } else if let number = Int(value), let ring = EngagementRing(rawValue: number) {
                filter.rings.append(ring)
            } else {
                report("ring", value, allowed: "1, 2, 3, 4, none")
            }
        }
        if let value = values("keyFigure").first {
            switch value {
            case "true": filter.isKeyFigure = true
            case "false": filter.isKeyFigure = false
            default: report("keyFigure", value, allowed: "true, false")
            }
        }
        filter.search = String((fields["q"]?.stringValue ?? "").trimmingCharacters(in: .whitespaces).prefix(200))
        if let text = values("limit").first {
            if let limit = Int(text), (1...maximumLimit).contains(limit) { filter.limit = limit } else {
                errors.append(FieldError(field: "limit", message: LocalizedMessage("error.input.outOfRange", ["minimum": "1", "maximum": String(maximumLimit)])))
            }
        }
        if let text = values("offset").first {
            if let offset = Int(text), offset >= 0 { filter.offset = offset } else {
                errors.append(FieldError(field: "offset", message: LocalizedMessage("error.input.outOfRange", ["minimum": "0", "maximum": "∞"])))
            }
        }
        if let text = values("sort").first {
            if let sort = Sort(rawValue: text) { filter.sort = sort } else {
                report("sort", text, allowed: Sort.allCases.map(\.rawValue).joined(separator: ", "))
            }
        }
        filter.descending = values("dir").first == "desc"
        if strict && !errors.isEmpty { throw ValidationFailure(errors) }
        return filter
    }

    /// The query string of this filter with another page.
    func queryString(offset newOffset: Int? = nil, sort newSort: Sort? = nil, descending newDescending: Bool? = nil) -> String {
        var parts: [String] = []
        for id in layerIDs { parts.append("layer=\(id.uuidString.lowercased())") }
        for status in statuses { parts.append("status=\(status.rawValue)") }
        for ring in rings { parts.append("ring=\(ring.rawValue)") }
        if notEvaluated { parts.append("ring=none") }
        for tone in tones { parts.append("tone=\(tone.rawValue)") }
        for kind in kinds { parts.append("kind=\(kind.rawValue)") }
        if let isKeyFigure { parts.append("keyFigure=\(isKeyFigure)") }
        if !search.isEmpty { parts.append("q=\(search.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")") }
        let sortBy = newSort ?? sort
        if sortBy != .name { parts.append("sort=\(sortBy.rawValue)") }
        if newDescending ?? descending { parts.append("dir=desc") }
        if limit != 100 { parts.append("limit=\(limit)") }
        let pageOffset = newOffset ?? offset
        if pageOffset > 0 { parts.append("offset=\(pageOffset)") }
        return parts.joined(separator: "&")
    }
}
