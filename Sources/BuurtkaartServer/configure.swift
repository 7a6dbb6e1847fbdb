import BuurtkaartCore
import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import SQLKit
import Vapor

/// Wires a Buurtkaart application: database, migrations, middleware and routes. The app is
/// ready to serve (and to be tested) once this returns; migrations run separately through
/// `migrateDatabase(_:)`.
public func configure(_ app: Application, settings: Settings) async throws {
    app.settings = settings
    try configureDatabase(app, settings: settings)
    app.migrations.add(CreateAccounts())
    app.migrations.add(CreateWorkspaces())
    app.migrations.add(CreateMaps())
    app.migrations.add(AddMapCanvas())

    app.passwords.use(.bcrypt(cost: settings.bcryptCost))
    try Passwords.prepareDummyHash(app: app)
    app.routes.defaultMaxBodySize = "1mb"
    app.http.server.configuration.responseCompression = .enabled
    app.http.server.configuration.requestDecompression = .enabled(limit: .ratio(10))

    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .iso8601
    encoder.outputFormatting = [.withoutEscapingSlashes]
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    ContentConfiguration.global.use(encoder: encoder, for: .json)
    ContentConfiguration.global.use(decoder: decoder, for: .json)

    app.middleware = Middlewares()
    app.middleware.use(ErrorResponder())
    app.middleware.use(SecurityHeaders())
    let publicDirectory = settings.publicDirectory ?? app.directory.publicDirectory
    app.middleware.use(StaticFiles(publicDirectory: publicDirectory))

    if let nominatim = settings.nominatimURL {
        app.geocoder = NominatimGeocoder(
            baseURL: nominatim,
            userAgent: "Buurtkaart/1.0 (self-hosted neighbourhood map; \(settings.baseURL ?? "local"))"
        )
    }
    try routes(app)
}

/// Creates the data folder and selects SQLite or PostgreSQL.
func configureDatabase(_ app: Application, settings: Settings) throws {
    if let databaseURL = settings.databaseURL {
        var configuration = try SQLPostgresConfiguration(url: databaseURL)
        configuration.searchPath = settings.postgresSearchPath
        app.databases.use(
            .postgres(configuration: configuration, maxConnectionsPerEventLoop: 4, sqlLogLevel: .debug),
            as: .psql
        )
    } else {
        try FileManager.default.createDirectory(atPath: settings.dataDirectory, withIntermediateDirectories: true)
        app.databases.use(.sqlite(.file(settings.sqlitePath), sqlLogLevel: .debug), as: .sqlite)
    }
}

/// Brings the database schema up to date and tunes SQLite for a server: write-ahead
/// logging, so readers never wait for a writer, and `synchronous=NORMAL` on every pooled
/// connection, which in WAL mode survives a crash of the server and costs no sync per commit.
public func migrateDatabase(_ app: Application) async throws {
    if app.settings.databaseURL == nil, let sql = app.db as? any SQLDatabase {
        try await sql.raw("PRAGMA journal_mode=WAL").run()
    }
    try await app.autoMigrate()
    try await tuneConnections(app)
}

/// Applies per-connection settings to the one SQLite connection of every event loop.
func tuneConnections(_ app: Application) async throws {
    guard app.settings.databaseURL == nil else { return }
    for eventLoop in app.eventLoopGroup.makeIterator() {
        let database = app.databases.database(logger: app.logger, on: eventLoop)
        if let sql = database as? any SQLDatabase {
            try await sql.raw("PRAGMA synchronous=NORMAL").run()
        }
    }
}
