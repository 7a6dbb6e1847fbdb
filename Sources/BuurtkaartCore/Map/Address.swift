/// A postal address as people in Belgium and the Netherlands write it.
public struct Address: Sendable, Hashable, Codable {
    public var street: String
    public var number: String
    public var postcode: String
    public var municipality: String

    public init(street: String = "", number: String = "", postcode: String = "", municipality: String = "") {
        self.street = street
        self.number = number
        self.postcode = postcode
        self.municipality = municipality
    }

    public var isEmpty: Bool {
        street.isEmpty && number.isEmpty && postcode.isEmpty && municipality.isEmpty
    }

    /// One line: "Scheikundestraat 34, 1080 Molenbeek"; empty parts are left out.
    public var singleLine: String {
        let streetPart = [street, number].filter { !$0.isEmpty }.joined(separator: " ")
        let placePart = [postcode, municipality].filter { !$0.isEmpty }.joined(separator: " ")
        return [streetPart, placePart].filter { !$0.isEmpty }.joined(separator: ", ")
    }

    static let fields: Set<String> = ["street", "number", "postcode", "municipality"]

    /// Reads the address fields under `key`.
    static func read(_ reader: InputReader, _ key: String) -> Address {
        let nested = reader.object(key)
        if nested.mode == .json { nested.rejectUnknown(known: fields) }
        let address = Address(
            street: nested.text("street", maximumLength: 200),
            number: nested.text("number", maximumLength: 20),
            postcode: nested.text("postcode", maximumLength: 12),
            municipality: nested.text("municipality", maximumLength: 100)
        )
        return address
    }

    public var jsonValue: JSONValue {
        .object([
            "street": .string(street), "number": .string(number),
            "postcode": .string(postcode), "municipality": .string(municipality),
        ])
    }
}
