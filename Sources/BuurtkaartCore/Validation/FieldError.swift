/// What is wrong with one field of an input, as a message for the person who typed it.
/// `field` is the path of the field in the JSON input (`name`, `evaluation.ring`), which is
/// also the name of its form control.
public struct FieldError: Sendable, Hashable {
    public let field: String
    public let message: LocalizedMessage

    public init(field: String, message: LocalizedMessage) {
        self.field = field
        self.message = message
    }
}

/// An input that cannot be accepted, with every wrong field at once.
public struct ValidationFailure: Error, Sendable, Hashable {
    public let errors: [FieldError]

    public init(_ errors: [FieldError]) {
        self.errors = errors
    }

    public init(field: String, _ key: String, _ arguments: [String: String] = [:]) {
        self.errors = [FieldError(field: field, message: LocalizedMessage(key, arguments))]
    }

    /// The message for one field, if that field is wrong.
    public func message(for field: String) -> LocalizedMessage? {
        errors.first { $0.field == field }?.message
    }
}
