import BuurtkaartCore
import Fluent
import Vapor

/// Creating accounts and checking sign-ins.
enum UserStore {
    /// Creates an account; a taken e-mail address is a field error, whatever its case.
    static func create(_ draft: AccountDraft, app: Application, on database: Database) async throws -> UserModel {
        let email = draft.email.lowercased()
        if try await UserModel.query(on: database).filter(\.$email == email).first() != nil {
            throw ValidationFailure(field: "email", "error.account.emailTaken")
        }
        let user = UserModel(
            email: email,
            displayName: draft.displayName,
            passwordHash: try await Passwords.hash(draft.password, app: app),
            language: draft.language.rawValue
        )
        do {
            try await user.create(on: database)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw ValidationFailure(field: "email", "error.account.emailTaken")
        }
        return user
    }

    /// The account for these credentials, after the attempt limit is checked; records the
    /// attempt. Throws a message that does not say which of the two was wrong.
    static func authenticate(email rawEmail: String, password: String, request: Request) async throws -> UserModel {
        let email = rawEmail.trimmingCharacters(in: .whitespaces).lowercased()
        let address = request.clientAddress
        try await LoginThrottle.check(email: email, address: address, on: request)
        let user = try await UserModel.query(on: request.db).filter(\.$email == email).first()
        var isValid = false
        if let user {
            isValid = try await Passwords.verify(password, hash: user.passwordHash, app: request.application)
        } else {
            try await Passwords.spendEqualTime(password, app: request.application)
        }
        try await LoginThrottle.record(email: email, address: address, succeeded: isValid, on: request)
        guard isValid, let user else {
            throw AppError.invalidCredentials
        }
        return user
    }
}

/// A person as the API shows them.
struct UserDTO: Content {
    let id: String
    let email: String
    let displayName: String
    let language: String

    init(_ user: CurrentUser) {
        id = user.id.text
        email = user.email
        displayName = user.displayName
        language = user.language
    }
}
