import Foundation
import Vapor

/// Serves the files under `Public/` (styles, scripts, icons), and only for paths inside its
/// folders: Vapor's `FileMiddleware` asks the file system about every request, which on a
/// hot API route costs more than the route itself.
struct StaticFiles: AsyncMiddleware {
    private let files: FileMiddleware
    /// The top-level entries of the public folder, as path prefixes ("/css/", "/js/", …).
    private let prefixes: [String]

    init(publicDirectory: String) {
        files = FileMiddleware(publicDirectory: publicDirectory, defaultFile: nil)
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: publicDirectory)) ?? []
        prefixes = entries.filter { !$0.hasPrefix(".") }.map { entry in
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: (publicDirectory as NSString).appendingPathComponent(entry), isDirectory: &isDirectory)
            return isDirectory.boolValue ? "/\(entry)/" : "/\(entry)"
        }
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.method == .GET || request.method == .HEAD else { return try await next.respond(to: request) }
        let path = request.url.path
        if prefixes.contains(where: { path.hasPrefix($0) }) {
            return try await files.respond(to: request, chainingTo: next)
        }
        return try await next.respond(to: request)
    }
}
