import Foundation
import NIOCore
import Vapor

/// Feature collections already written and compressed, kept per map or layer with the
/// revision of the map they were written at. A request compares the map's current revision
/// (one small query) and answers from memory when it has not changed, which is what makes
/// reading a 10,000-actor layer as fast as a static file. Each app instance keeps its own;
/// the revision lives in the database, so instances never serve a stale collection.
actor FeatureCache {
    struct Entry: Sendable {
        let revision: Int
        /// Only the compressed bytes are kept: a tenth of the size.
        let gzipped: ByteBuffer
    }

    /// How many collections are kept; the least recently used goes first.
    let capacity: Int
    private var entries: [String: Entry] = [:]
    private var order: [String] = []

    init(capacity: Int = 24) {
        self.capacity = capacity
    }

    func entry(for key: String, revision: Int) -> Entry? {
        guard let entry = entries[key], entry.revision == revision else { return nil }
        if let index = order.firstIndex(of: key) { order.remove(at: index) }
        order.append(key)
        return entry
    }

    func store(_ entry: Entry, for key: String) {
        if entries[key] == nil, entries.count >= capacity, let oldest = order.first {
            order.removeFirst()
            entries[oldest] = nil
        }
        entries[key] = entry
        if let index = order.firstIndex(of: key) { order.remove(at: index) }
        order.append(key)
    }
}

struct FeatureCacheKey: StorageKey { typealias Value = FeatureCache }

extension Application {
    var featureCache: FeatureCache {
        if let cache = storage[FeatureCacheKey.self] { return cache }
        let cache = FeatureCache()
        storage[FeatureCacheKey.self] = cache
        return cache
    }
}
