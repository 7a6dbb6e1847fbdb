import Foundation

extension UUID {
    /// The canonical lower-case form (RFC 9562), used in URLs and JSON alike.
    var text: String { uuidString.lowercased() }
}

extension Optional where Wrapped == UUID {
    var text: String? { self?.uuidString.lowercased() }
}
