import BuurtkaartCore
import Fluent
import Vapor

/// `buurtkaart serve`: brings the database up to date, loads the demo on first start (or
/// with `--demo`), prints the address and serves until stopped.
struct BuurtkaartServeCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "hostname", short: "H", help: "The address to listen on (default 127.0.0.1; 0.0.0.0 for every interface).")
        var hostname: String?

        @Option(name: "port", short: "p", help: "The port to listen on (default 8080, or $PORT).")
        var port: Int?

        @Flag(name: "demo", help: "Load the demo workspace (vzw Vaneir) even when the database is not empty.")
        var demo: Bool

        @Flag(name: "no-demo", help: "Do not load the demo workspace on first start.")
        var noDemo: Bool

        @Option(name: "demo-password", help: "The password of the demo account when it is created (default: random, printed).")
        var demoPassword: String?
    }

    var help: String { "Migrates the database, loads the demo on first start and serves Buurtkaart over HTTP." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await migrateDatabase(app)
        let isEmpty = try await UserModel.query(on: app.db).count() == 0
        if signature.demo || (isEmpty && !signature.noDemo) {
            let account = try await DemoLoader.ensureDemo(app: app, password: signature.demoPassword)
            if let password = account.password {
                context.console.print("Demo workspace loaded. Sign in as \(account.email) with password: \(password)")
            }
        }
        let hostname = signature.hostname ?? Environment.get("BUURTKAART_HOST") ?? "127.0.0.1"
        let port = signature.port ?? Environment.get("PORT").flatMap(Int.init) ?? 8080
        context.console.print("Database: \(app.settings.databaseDescription)")
        context.console.print("Buurtkaart is running at http://\(hostname == "0.0.0.0" ? "127.0.0.1" : hostname):\(port)/  (Ctrl+C to stop)")
        var serveContext = context
        serveContext.input = CommandInput(arguments: ["buurtkaart", "--hostname", hostname, "--port", String(port)])
        try await app.servers.asyncCommand.run(using: &serveContext)
    }
}

/// `buurtkaart migrate`: brings the database schema up to date and exits.
struct MigrateCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    var help: String { "Brings the database schema up to date (SQLite or PostgreSQL) and exits." }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await migrateDatabase(context.application)
        context.console.print("Database is up to date: \(context.application.settings.databaseDescription)")
    }
}

/// `buurtkaart create-user`: makes an account from the command line.
struct CreateUserCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "email", help: "The e-mail address (required).")
        var email: String?
        @Option(name: "name", help: "The display name (default: the part of the address before @).")
        var name: String?
        @Option(name: "password", help: "The password (at least 10 characters); asked for when absent.")
        var password: String?
        @Option(name: "language", help: "nl, fr or en (default nl).")
        var language: String?
    }

    var help: String { "Creates an account." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await migrateDatabase(app)
        guard let email = signature.email else {
            context.console.error("--email is required")
            throw ExitCode(1)
        }
        let password = signature.password ?? context.console.ask("Password:", isSecure: true)
        let fields: [String: JSONValue] = [
            "email": .string(email),
            "displayName": .string(signature.name ?? String(email.split(separator: "@").first ?? "")),
            "password": .string(password),
            "language": .string(signature.language ?? "nl"),
        ]
        do {
            let draft = try AccountDraft.read(InputReader(fields, mode: .form))
            let user = try await UserStore.create(draft, app: app, on: app.db)
            context.console.print("Created \(user.email) (\(user.id?.uuidString.lowercased() ?? ""))")
        } catch let failure as ValidationFailure {
            for error in failure.errors {
                context.console.error("\(error.field): \(error.message.text(in: .english))")
            }
            throw ExitCode(1)
        }
    }
}

/// `buurtkaart demo`: loads the demo workspace and its account.
struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "password", help: "The demo account's password (default: random, printed when the account is made).")
        var password: String?
        @Option(name: "owner", help: "Instead, give a copy of the demo to the account with this e-mail address.")
        var owner: String?
    }

    var help: String { "Loads the demo workspace vzw Vaneir (a demo account, or a copy for --owner)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await migrateDatabase(app)
        if let owner = signature.owner?.lowercased() {
            guard let user = try await UserModel.query(on: app.db).filter(\.$email == owner).first(), let userID = user.id else {
                context.console.error("No account with e-mail address \(owner)")
                throw ExitCode(1)
            }
            let id = try await DemoLoader.load(owner: userID, language: Language(rawValue: user.language) ?? .dutch, on: app.db)
            context.console.print("Demo workspace \(id.uuidString.lowercased()) created for \(owner)")
            return
        }
        let account = try await DemoLoader.ensureDemo(app: app, password: signature.password)
        context.console.print("Demo workspace ready. Account: \(account.email)" + (account.password.map { ", password: \($0)" } ?? " (password unchanged)"))
    }
}

struct ExitCode: Error {
    let code: Int32
    init(_ code: Int32) { self.code = code }
}

/// Registers Buurtkaart's commands; `serve` is the default.
public func registerCommands(_ app: Application) {
    app.asyncCommands.use(BuurtkaartServeCommand(), as: "serve", isDefault: true)
    app.asyncCommands.use(MigrateCommand(), as: "migrate")
    app.asyncCommands.use(CreateUserCommand(), as: "create-user")
    app.asyncCommands.use(DemoCommand(), as: "demo")
}
