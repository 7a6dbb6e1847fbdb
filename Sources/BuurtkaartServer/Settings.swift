import Foundation
import Vapor

/// How a Buurtkaart server is set up: where its data lives, which database, its public
/// address. Read from the environment by `Settings.fromEnvironment()`; tests build their own.
public struct Settings: Sendable {
    /// The folder for the SQLite database and uploaded files (`BUURTKAART_DATA`, default `./data`).
    public var dataDirectory: String
    /// A PostgreSQL address (`DATABASE_URL`); SQLite in `dataDirectory` when absent.
    public var databaseURL: String?
    /// The PostgreSQL schemas to use, in order; tests give each test its own schema.
    public var postgresSearchPath: [String]?
    /// The address people reach the server at (`BUURTKAART_BASE_URL`), used in invitation
    /// links and to decide whether cookies are marked Secure.
    public var baseURL: String?
    /// The work factor of Bcrypt password hashes (`BUURTKAART_BCRYPT_COST`, default 12).
    public var bcryptCost: Int
    /// How long a session lasts without use.
    public var sessionLifetime: TimeInterval
    /// Where the static files (css, js) are; defaults to `Public/` in the working directory.
    public var publicDirectory: String?
    /// Where Debian's JavaScript libraries are installed (Leaflet).
    public var systemJavaScriptDirectory: String
    /// Failed sign-ins allowed per account, and per network address, in `loginWindow`.
    public var loginFailuresPerAccount: Int
    public var loginFailuresPerAddress: Int
    public var loginWindow: TimeInterval
    /// The Nominatim service for address search (`BUURTKAART_NOMINATIM_URL`); "none" turns
    /// address search off.
    public var nominatimURL: String?

    public init(
        dataDirectory: String = "data",
        databaseURL: String? = nil,
        postgresSearchPath: [String]? = nil,
        baseURL: String? = nil,
        bcryptCost: Int = 12,
        sessionLifetime: TimeInterval = 14 * 24 * 3600,
        publicDirectory: String? = nil,
        systemJavaScriptDirectory: String = "/usr/share/javascript",
        loginFailuresPerAccount: Int = 5,
        loginFailuresPerAddress: Int = 20,
        loginWindow: TimeInterval = 15 * 60
    ) {
        self.dataDirectory = dataDirectory
        self.databaseURL = databaseURL
        self.postgresSearchPath = postgresSearchPath
        self.baseURL = baseURL
        self.bcryptCost = bcryptCost
        self.sessionLifetime = sessionLifetime
        self.publicDirectory = publicDirectory
        self.systemJavaScriptDirectory = systemJavaScriptDirectory
        self.loginFailuresPerAccount = loginFailuresPerAccount
        self.loginFailuresPerAddress = loginFailuresPerAddress
        self.loginWindow = loginWindow
        self.nominatimURL = "https://nominatim.openstreetmap.org"
    }

    public static func fromEnvironment() -> Settings {
        let environment = ProcessInfo.processInfo.environment
        func value(_ name: String) -> String? {
            guard let text = environment[name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            return text
        }
        var settings = Settings()
        if let directory = value("BUURTKAART_DATA") { settings.dataDirectory = directory }
        settings.databaseURL = value("DATABASE_URL")
        settings.baseURL = value("BUURTKAART_BASE_URL")
        if let cost = value("BUURTKAART_BCRYPT_COST").flatMap(Int.init), (4...31).contains(cost) {
            settings.bcryptCost = cost
        }
        settings.publicDirectory = value("BUURTKAART_PUBLIC")
        if let nominatim = value("BUURTKAART_NOMINATIM_URL") { settings.nominatimURL = nominatim == "none" ? nil : nominatim }
        return settings
    }

    /// Cookies are marked Secure when people reach the server over HTTPS.
    public var usesSecureCookies: Bool {
        baseURL?.lowercased().hasPrefix("https://") ?? false
    }

    public var sqlitePath: String {
        URL(fileURLWithPath: dataDirectory).appendingPathComponent("buurtkaart.sqlite").path
    }

    /// A description of the database for the console, without its password.
    public var databaseDescription: String {
        guard let databaseURL, var components = URLComponents(string: databaseURL) else {
            return "SQLite \(sqlitePath)"
        }
        if components.password != nil { components.password = "****" }
        return "PostgreSQL \(components.string ?? "")"
    }
}

struct SettingsKey: StorageKey {
    typealias Value = Settings
}

extension Application {
    var settings: Settings {
        get { storage[SettingsKey.self] ?? Settings() }
        set { storage[SettingsKey.self] = newValue }
    }
}
