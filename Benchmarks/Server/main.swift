// Server benchmark: fills a map with 10,000 actors, starts the real `buurtkaart serve`
// process on it and measures, over HTTP on 127.0.0.1, the figures of PERFORMANCE.md this
// server answers for: listing the actors through the API (time and bytes, plain and gzip),
// editing one actor (latency and bytes sent), a stale save (409) and the server's memory.
//
//   swift build -c release && swift run -c release ServerBenchmark             # SQLite
//   swift run -c release ServerBenchmark --postgres postgres://user@127.0.0.1/db  # PostgreSQL
//
// Options: --actors N (default 10000), --rounds N (default 5). Prints figures; fails nothing.

import AsyncHTTPClient
import BuurtkaartCore
import BuurtkaartServer
import Fluent
import Foundation
import NIOCore
import NIOHTTP1
import Vapor

struct Options {
    var postgres: String?
    var actors = 10_000
    var rounds = 5
    var edits = 20
    /// Only fill the database in this folder and print how to sign in, for the browser benchmark.
    var seedInto: String?
    var singleLayer = false

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--postgres": postgres = iterator.next()
            case "--actors": actors = iterator.next().flatMap(Int.init) ?? actors
            case "--rounds": rounds = iterator.next().flatMap(Int.init) ?? rounds
            case "--edits": edits = iterator.next().flatMap(Int.init) ?? edits
            case "--seed-into": seedInto = iterator.next()
            case "--single-layer": singleLayer = true
            default: print("unknown option \(argument)")
            }
        }
    }
}

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

func percentile(_ values: [Double], _ fraction: Double) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return .nan }
    return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * fraction).rounded()))]
}

func format(_ value: Double) -> String { String(format: "%.2f", value) }

func residentMemory(pid: Int32) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") })
    else { return 0 }
    return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
}

let options = Options(CommandLine.arguments)
let folder = options.seedInto.map { URL(fileURLWithPath: $0) }
    ?? FileManager.default.temporaryDirectory.appendingPathComponent("buurtkaart-bench-\(UUID().uuidString)")
let schema = "bench_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
var settings = Settings(dataDirectory: folder.path, bcryptCost: 4)
if let postgres = options.postgres {
    settings.databaseURL = postgres
}
let password = "benchmark wachtwoord"
let email = "bench@example.org"

// 1. Seed the database directly, through the same stores the server uses.
let seedApp = try await Application.make(.production)
seedApp.logger.logLevel = .warning
try await configure(seedApp, settings: settings)
try await migrateDatabase(seedApp)
let seeder = try await Seeder.seed(app: seedApp, email: email, password: password, actors: options.actors, singleLayer: options.singleLayer)
try await seedApp.asyncShutdown()
if options.seedInto != nil {
    print(#"{"email": "\#(email)", "password": "\#(password)", "mapId": "\#(seeder.mapID.uuidString.lowercased())", "seconds": \#(seeder.seconds)}"#)
    exit(0)
}
print("database: \(settings.databaseDescription)")
print("seeded \(options.actors) actors in \(format(seeder.seconds)) s")

// 2. Start the real server process on it.
let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("buurtkaart")
let port = Int.random(in: 20_000..<40_000)
let server = Process()
server.executableURL = binary
server.arguments = ["serve", "--port", String(port), "--no-demo"]
var environment = ProcessInfo.processInfo.environment
environment["BUURTKAART_DATA"] = folder.path
environment["DATABASE_URL"] = options.postgres ?? ""
environment["LOG_LEVEL"] = "warning"
server.environment = environment
server.currentDirectoryURL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
server.standardOutput = FileHandle.nullDevice
try server.run()
defer {
    server.terminate()
    if options.seedInto == nil { try? FileManager.default.removeItem(at: folder) }
}

let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(decompression: .disabled))
let base = "http://127.0.0.1:\(port)"
func send(_ method: HTTPMethod, _ path: String, headers: HTTPHeaders = [:], body: String? = nil) async throws -> (status: UInt, bytes: Int, body: ByteBuffer, headers: HTTPHeaders) {
    var request = HTTPClientRequest(url: base + path)
    request.method = method
    request.headers = headers
    if let body { request.body = .bytes(ByteBuffer(string: body)) }
    let response = try await client.execute(request, timeout: .seconds(60))
    let buffer = try await response.body.collect(upTo: 1 << 28)
    return (response.status.code, buffer.readableBytes, buffer, response.headers)
}

var ready = false
for _ in 0..<300 where !ready {
    if let health = try? await send(.GET, "/health"), health.status == 200 { ready = true } else { try await Task.sleep(for: .milliseconds(100)) }
}
guard ready else { fatalError("server did not start") }
try await Task.sleep(for: .milliseconds(300))
let rssAtStart = residentMemory(pid: server.processIdentifier)

// Sign in through the API; the cookie and CSRF token go with every later request.
let login = try await send(.POST, "/api/v1/session", headers: ["Content-Type": "application/json"],
                           body: #"{"email": "\#(email)", "password": "\#(password)"}"#)
let cookie = (login.headers.first(name: "set-cookie") ?? "").split(separator: ";").first.map(String.init) ?? ""
let csrf = JSONValue.parse(Data(buffer: login.body))?["csrfToken"]?.stringValue ?? ""
var session: HTTPHeaders = ["Cookie": cookie]

// 3. List every actor through the API, a page of 1,000 at a time.
let mapPath = "/api/v1/maps/\(seeder.mapID.uuidString.lowercased())/actors"
for (label, acceptEncoding) in [("identity", "identity"), ("gzip", "gzip")] {
    var totals: [Double] = []
    var bytes = 0
    for _ in 0..<options.rounds {
        bytes = 0
        let clock = ContinuousClock()
        let elapsed = try await clock.measure {
            var offset = 0
            while offset < options.actors {
                var headers = session
                headers.add(name: "Accept-Encoding", value: acceptEncoding)
                let page = try await send(.GET, mapPath + "?limit=1000&offset=\(offset)", headers: headers)
                precondition(page.status == 200, "list failed: \(page.status)")
                bytes += page.bytes
                offset += 1000
            }
        }
        totals.append(milliseconds(elapsed))
    }
    print("list \(options.actors) actors in pages of 1000 (\(label)): median \(format(percentile(totals, 0.5))) ms, "
          + "min \(format(totals.min() ?? 0)) ms, \(bytes) bytes (\(format(Double(bytes) / Double(options.actors))) bytes per actor)")
}
var pageTimes: [Double] = []
var pageBytes = 0
for _ in 0..<100 {
    let clock = ContinuousClock()
    var response: (status: UInt, bytes: Int, body: ByteBuffer, headers: HTTPHeaders)?
    let elapsed = try await clock.measure { response = try await send(.GET, mapPath + "?limit=100", headers: session) }
    pageBytes = response?.bytes ?? 0
    pageTimes.append(milliseconds(elapsed))
}
print("one page of 100 actors: p50 \(format(percentile(pageTimes, 0.5))) ms, p95 \(format(percentile(pageTimes, 0.95))) ms, \(pageBytes) bytes")

// 4. Edit one actor's name, as the map page does: PATCH with If-Match, 20 times in a row.
session.add(name: "X-CSRF-Token", value: csrf)
session.add(name: "Content-Type", value: "application/json")
let actorPath = "/api/v1/actors/\(seeder.editedActorID.uuidString.lowercased())"
var version = 1
var editTimes: [Double] = []
var sentBytes = 0
var receivedBytes = 0
for index in 0..<options.edits {
    var headers = session
    headers.add(name: "If-Match", value: "\"\(version)\"")
    let body = #"{"name": "Actor \#(index)"}"#
    let clock = ContinuousClock()
    var response: (status: UInt, bytes: Int, body: ByteBuffer, headers: HTTPHeaders)?
    let elapsed = try await clock.measure { response = try await send(.PATCH, actorPath, headers: headers, body: body) }
    precondition(response?.status == 200, "edit failed: \(response?.status ?? 0)")
    editTimes.append(milliseconds(elapsed))
    sentBytes = "PATCH \(actorPath) HTTP/1.1\r\n".utf8.count + headers.map { $0.name.utf8.count + $0.value.utf8.count + 4 }.reduce(0, +) + 2 + body.utf8.count
    receivedBytes = response?.bytes ?? 0
    version += 1
}
print("edit one actor (\(options.edits) in a row): p50 \(format(percentile(editTimes, 0.5))) ms, p95 \(format(percentile(editTimes, 0.95))) ms, "
      + "\(sentBytes) bytes sent (request line, headers and body), \(receivedBytes) bytes of JSON back")

// 5. A second editor saves on a stale version: refused with 409 and the current state.
var staleTimes: [Double] = []
for _ in 0..<20 {
    var headers = session
    headers.add(name: "If-Match", value: "\"1\"")
    let clock = ContinuousClock()
    var status: UInt = 0
    let elapsed = try await clock.measure { status = try await send(.PATCH, actorPath, headers: headers, body: #"{"name": "Stale"}"#).status }
    precondition(status == 409, "stale save was not refused: \(status)")
    staleTimes.append(milliseconds(elapsed))
}
print("stale save refused with 409: p50 \(format(percentile(staleTimes, 0.5))) ms, p95 \(format(percentile(staleTimes, 0.95))) ms")

print("server memory (RSS): \(rssAtStart / 1024) MiB after start-up, \(residentMemory(pid: server.processIdentifier) / 1024) MiB after the benchmark")
try await client.shutdown()

/// Fills a new workspace's map with actors, in one transaction.
enum Seeder {
    struct Result {
        let mapID: UUID
        let editedActorID: UUID
        let seconds: Double
    }

    static func seed(app: Application, email: String, password: String, actors count: Int, singleLayer: Bool) async throws -> Result {
        let account = AccountDraft(email: email, displayName: "Benchmark", password: password, language: .dutch)
        let start = Date()
        let (mapID, firstActor) = try await BenchmarkSeeding.fill(app: app, account: account, actors: count, singleLayer: singleLayer)
        return Result(mapID: mapID, editedActorID: firstActor, seconds: Date().timeIntervalSince(start))
    }
}
