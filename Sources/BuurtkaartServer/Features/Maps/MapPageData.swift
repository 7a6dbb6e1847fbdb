import BuurtkaartCore
import Foundation
import Vapor

/// What the map page's script starts from, embedded in the page as JSON: the map, its
/// layers and tiles, the workspace's position, the symbols' glyphs, the caller's role and
/// the texts it shows, so that the map draws without waiting for more requests than its
/// features.
enum MapPageData {
    /// The families of texts the script uses.
    static let textPrefixes = [
        "map.", "field.", "action.", "ring.", "reciprocity.", "influence.", "tone.", "kind.", "status.", "formality.",
        "collaboration.", "evaluation.", "hint.", "conflict.", "layers.", "actors.", "filter.", "cluster.", "photos.",
        "boundary.", "legend.",
    ]

    static func json(request: Request, map: MapModel, access: WorkspaceAccess, layers: [LayerModel], counts: [UUID: Int],
                     symbols: [String: MapSymbol]) -> String {
        let language = request.language
        let draft = map.draft
        let tiles = draft.baseMap.tileSource(language: language, customURL: draft.customTileURL, customAttribution: draft.customAttribution)
        var json = JSONWriter(capacity: 64 * 1024)
        json.raw("{")
        json.key("language", first: true); json.string(language.rawValue)
        json.key("role"); json.string(access.role.rawValue)
        json.key("csrfToken"); json.string(request.session?.csrfToken ?? "")
        json.key("map")
        json.raw("{")
        json.key("id", first: true); json.string(map.id.text ?? "")
        json.key("title"); json.string(map.title)
        json.key("version"); json.number(map.version)
        json.key("boundary"); json.value(draft.boundary?.geometry.jsonValue ?? .null)
        json.key("boundaryShape"); json.optionalString(draft.boundary?.shape.rawValue)
        json.key("boundaryName"); json.string(draft.boundary?.name ?? "")
        json.key("boundaryRadius")
        if let radius = draft.boundary?.radius { json.number(radius) } else { json.raw("null") }
        json.raw("}")
        json.key("tiles")
        json.raw("{")
        json.key("service", first: true); json.string(tiles.service.rawValue)
        json.key("url"); json.string(tiles.url)
        json.key("wmsLayer"); json.string(tiles.wmsLayer)
        json.key("attribution"); json.string(tiles.attribution)
        json.key("attributionURL"); json.string(tiles.attributionURL)
        json.key("maxZoom"); json.number(tiles.maximumZoom)
        json.raw("}")
        json.key("workspace")
        json.raw("{")
        json.key("id", first: true); json.string(access.workspaceID.text)
        json.key("name"); json.string(access.workspace.name)
        json.key("position")
        if let position = access.workspace.draft.position {
            json.raw("[\(position.latitude),\(position.longitude)]")
        } else {
            json.raw("null")
        }
        json.raw("}")
        json.key("layers")
        json.raw("[")
        for (index, layer) in layers.enumerated() {
            if index > 0 { json.raw(",") }
            json.raw("{")
            json.key("id", first: true); json.string(layer.id.text ?? "")
            json.key("name"); json.string(layer.name)
            json.key("colour"); json.string(layer.colour)
            json.key("symbol"); json.string(layer.symbol)
            json.key("position"); json.number(layer.position)
            json.key("isVisibleByDefault"); json.bool(layer.isVisibleByDefault)
            json.key("actorCount"); json.number(counts[layer.id ?? UUID()] ?? 0)
            json.key("version"); json.number(layer.version)
            json.raw("}")
        }
        json.raw("]")
        json.key("symbols")
        json.raw("{")
        for (index, symbol) in symbols.values.sorted(by: { $0.id < $1.id }).enumerated() {
            json.key(symbol.id, first: index == 0)
            json.raw("{")
            json.key("name", first: true); json.string(symbol.name(in: language))
            json.key("cluster"); json.string(symbol.cluster.rawValue)
            json.key("glyph"); json.string(symbol.glyph)
            json.raw("}")
        }
        json.raw("}")
        json.key("clusters")
        json.raw("[")
        for (index, cluster) in Cluster.allCases.enumerated() {
            if index > 0 { json.raw(",") }
            json.string(cluster.rawValue)
        }
        json.raw("]")
        json.key("texts")
        json.raw("{")
        var first = true
        for (key, value) in Localizer.table(for: language).sorted(by: { $0.key < $1.key })
        where textPrefixes.contains(where: { key.hasPrefix($0) }) {
            json.key(key, first: first)
            json.string(Localizer.text(key, in: language))
            first = false
            _ = value
        }
        json.raw("}")
        json.raw("}")
        // Inside a script element, "<" must never start a tag.
        return json.text.replacingOccurrences(of: "<", with: "\\u003c")
    }
}
