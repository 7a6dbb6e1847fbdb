import Vapor

/// Versions as entity tags: every row carries a version number that each write increases,
/// so `ETag: "7"` names one state of one thing, and `If-Match: "7"` asks to change exactly it.
enum ETag {
    static func value(for version: Int) -> String { "\"\(version)\"" }

    /// The version a write expects, from `If-Match`. A missing header is refused (428):
    /// every client must say which state it changes.
    static func expectedVersion(_ request: Request) throws -> Int {
        guard let header = request.headers.first(name: .ifMatch)?.trimmingCharacters(in: .whitespaces), !header.isEmpty else {
            throw AppError.preconditionRequired
        }
        var tag = header
        if tag.hasPrefix("W/") { tag.removeFirst(2) }
        tag = tag.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        guard let version = Int(tag), version > 0 else {
            throw AppError.badRequest(LocalizedMessage("error.ifMatch"))
        }
        return version
    }
}

import BuurtkaartCore
import Foundation
