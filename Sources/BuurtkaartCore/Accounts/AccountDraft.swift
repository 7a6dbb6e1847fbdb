/// What a person gives to create an account.
public struct AccountDraft: Sendable, Hashable {
    public var email: String
    public var displayName: String
    public var password: String
    public var language: Language

    public init(email: String, displayName: String, password: String, language: Language) {
        self.email = email
        self.displayName = displayName
        self.password = password
        self.language = language
    }

    public static func read(_ reader: InputReader) throws(ValidationFailure) -> AccountDraft {
        let email = reader.email("email", required: true)
        let displayName = reader.text("displayName", maximumLength: 100, required: true)
        let password = PasswordPolicy.read(reader, "password", email: email)
        let language = reader.choice("language", default: Language.default) ?? .default
        try reader.finish()
        return AccountDraft(email: email, displayName: displayName, password: password, language: language)
    }
}

/// What a person may change of their own account.
public struct ProfileDraft: Sendable, Hashable {
    public var displayName: String
    public var language: Language

    public init(displayName: String, language: Language) {
        self.displayName = displayName
        self.language = language
    }

    public static func read(_ reader: InputReader) throws(ValidationFailure) -> ProfileDraft {
        let displayName = reader.text("displayName", maximumLength: 100, required: true)
        let language = reader.choice("language", default: Language.default) ?? .default
        try reader.finish()
        return ProfileDraft(displayName: displayName, language: language)
    }
}

/// The rules a new password must meet: long enough to resist guessing (10 characters,
/// following current NIST advice of length over composition rules), no longer than the
/// 72 bytes Bcrypt reads, and not the e-mail address itself.
public enum PasswordPolicy {
    public static let minimumLength = 10
    public static let maximumBytes = 72

    static func read(_ reader: InputReader, _ key: String, email: String) -> String {
        // Passwords are taken as typed: no trimming, spaces are allowed.
        let password = reader.rawText(key)
        if password.isEmpty {
            reader.fail(key, "error.input.required")
        } else if password.count < minimumLength {
            reader.fail(key, "error.password.tooShort", ["minimum": String(minimumLength)])
        } else if password.utf8.count > maximumBytes {
            reader.fail(key, "error.password.tooLong", ["maximum": String(maximumBytes)])
        } else if password.lowercased() == email.lowercased() {
            reader.fail(key, "error.password.sameAsEmail")
        }
        return password
    }

    /// Reads a new password under `key` for an existing account.
    public static func readNew(_ reader: InputReader, _ key: String, email: String) -> String {
        read(reader, key, email: email)
    }
}
