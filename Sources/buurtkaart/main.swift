import BuurtkaartServer
import Logging
import NIOCore
import NIOPosix
import Vapor

// The Buurtkaart server and its commands: serve (default), migrate, create-user, demo.

// Swift concurrency runs on NIO's event loops, so an async route answers on the thread that
// read the request instead of hopping to another one and back (a third of a small request's
// time on two cores).
_ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
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
