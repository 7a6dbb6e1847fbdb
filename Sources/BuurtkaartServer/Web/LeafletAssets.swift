import Foundation
import Vapor

/// Where the map pages get Leaflet and Leaflet.markercluster: from Debian's
/// `libjs-leaflet` and `libjs-leaflet.markercluster`, served by this server, or, when they
/// are not installed, from public CDNs with subresource-integrity hashes, so that a changed
/// file is refused by the browser.
struct LeafletAssets: Sendable {
    /// The folder of Debian's files (`/usr/share/javascript/leaflet`), when they are there.
    let localDirectory: String?

    static let files = ["leaflet.js", "leaflet.css", "leaflet.markercluster.js"]

    init(systemDirectory: String) {
        let directory = URL(fileURLWithPath: systemDirectory).appendingPathComponent("leaflet").path
        let complete = Self.files.allSatisfy { FileManager.default.fileExists(atPath: directory + "/" + $0) }
        localDirectory = complete ? directory : nil
    }

    /// The elements of the head that load Leaflet.
    var head: [Node] {
        if localDirectory != nil {
            return [
                el("link", Attribute("rel", "stylesheet"), .href("/vendor/leaflet/leaflet.css")),
                el("script", Attribute("src", "/vendor/leaflet/leaflet.js"), .flag("defer")),
                el("script", Attribute("src", "/vendor/leaflet/leaflet.markercluster.js"), .flag("defer")),
            ]
        }
        return [
            el("link", Attribute("rel", "stylesheet"), .href("https://unpkg.com/leaflet@1.7.1/dist/leaflet.css"),
               Attribute("integrity", "sha512-xodZBNTC5n17Xt2atTPuE1HxjVMSvLVW9ocqUKLsCC5CXdbqCmblAshOMAS6/keqq/sMZMZ19scR4PsZChSR7A=="),
               Attribute("crossorigin", "")),
            el("script", Attribute("src", "https://unpkg.com/leaflet@1.7.1/dist/leaflet.js"),
               Attribute("integrity", "sha512-XQoYMqMTK8LvdxXYG3nZ448hOEQiglfqkJs1NOQV44cWnUrBc8PkAOcXy20w0vlaXaVUearIOBhiXZ5V3ynxwA=="),
               Attribute("crossorigin", ""), .flag("defer")),
            el("script", Attribute("src", "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.5.3/leaflet.markercluster.js"),
               Attribute("integrity", "sha512-OFs3W4DIZ5ZkrDhBFtsCP6JXtMEDGmhl0QPlmWYBJay40TT1n3gt2Xuw8Pf/iezgW9CdabjkNChRqozl/YADmg=="),
               Attribute("crossorigin", "anonymous"), Attribute("referrerpolicy", "no-referrer"), .flag("defer")),
        ]
    }

    /// The origins the page's policy must allow for these files.
    var origins: [String] {
        localDirectory == nil ? ["https://unpkg.com", "https://cdnjs.cloudflare.com"] : []
    }
}

struct LeafletAssetsKey: StorageKey { typealias Value = LeafletAssets }

extension Application {
    var leafletAssets: LeafletAssets {
        if let assets = storage[LeafletAssetsKey.self] { return assets }
        let assets = LeafletAssets(systemDirectory: settings.systemJavaScriptDirectory)
        storage[LeafletAssetsKey.self] = assets
        return assets
    }
}

/// `/vendor/leaflet/{file}`: Debian's Leaflet files, and only those.
struct VendorController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("vendor", "leaflet", ":file", use: file)
    }

    func file(req: Request) async throws -> Response {
        guard let name = req.parameters.get("file"), LeafletAssets.files.contains(name),
              let directory = req.application.leafletAssets.localDirectory
        else { throw AppError.notFound }
        let response = try await req.fileio.asyncStreamFile(at: directory + "/" + name)
        response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=86400")
        return response
    }
}
