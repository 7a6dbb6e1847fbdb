import BuurtkaartServer
import Logging
import Vapor

// The Buurtkaart server and its commands: serve (default), migrate, create-user, demo.
var environment = try Environment.detect()
try LoggingSystem.bootstrap(from: &environment)
let app = try await Application.make(environment)
do {
    try await configure(app, settings: Settings.fromEnvironment())
    registerCommands(app)
    try await app.execute()
} catch {
    app.logger.report(error: error)
    try? await app.asyncShutdown()
    exit(1)
}
try await app.asyncShutdown()
