import BuurtkaartCore
import Foundation
import SQLKit

/// The actors of a map (or of one layer) as a GeoJSON FeatureCollection with the few
/// properties the map page draws and filters by; the full actor comes from `/actors/{id}`.
///
/// ```json
/// {"type": "FeatureCollection", "revision": 12, "features": [
///   {"type": "Feature", "id": "…", "geometry": {"type": "Point", "coordinates": [4.33, 50.85]},
///    "properties": {"layerId": "…", "name": "…", "symbol": "welfare.pharmacy", "kind": "service",
///                   "status": "current", "ring": 2, "reciprocity": "mutual", "influence": "high",
///                   "tone": "constructive", "isKeyFigure": false, "isSensitive": false, "version": 3}}]}
/// ```
/// Actors without a place have `"geometry": null`.
enum FeatureCollection {
    static let columns = "id, layer_id, name, symbol, kind, status, ring, reciprocity, influence, tone, is_key_figure, is_sensitive, version, geometry"

    /// Writes the collection of the actors of map `mapID` (of layer `layerID` only, when given).
    static func write(mapID: UUID, layerID: UUID?, revision: Int, on sql: any SQLDatabase) async throws -> String {
        var condition: SQLQueryString = "map_id = \(bind: mapID) AND deleted_at IS NULL"
        if let layerID { condition = condition + " AND layer_id = \(bind: layerID)" }
        let rows = try await sql.raw("SELECT \(unsafeRaw: columns) FROM actors WHERE " + condition + " ORDER BY LOWER(name), id").all()
        var json = JSONWriter(capacity: rows.count * 320 + 64)
        json.raw("{\"type\":\"FeatureCollection\",\"revision\":")
        json.number(revision)
        json.raw(",\"features\":[")
        for (index, row) in rows.enumerated() {
            if index > 0 { json.raw(",") }
            json.raw("{\"type\":\"Feature\",\"id\":")
            json.string(try row.decode(column: "id", as: UUID.self).text)
            json.raw(",\"geometry\":")
            if let geometry = try row.decode(column: "geometry", as: String?.self), geometry.hasPrefix("{") {
                json.raw(geometry)
            } else {
                json.raw("null")
            }
            json.raw(",\"properties\":{")
            json.key("layerId", first: true); json.string(try row.decode(column: "layer_id", as: UUID.self).text)
            json.key("name"); json.string(try row.decode(column: "name", as: String.self))
            json.key("symbol"); json.string(try row.decode(column: "symbol", as: String.self))
            json.key("kind"); json.string(try row.decode(column: "kind", as: String.self))
            json.key("status"); json.string(try row.decode(column: "status", as: String.self))
            json.key("ring")
            if let ring = try row.decode(column: "ring", as: Int?.self) { json.number(ring) } else { json.raw("null") }
            json.key("reciprocity"); json.optionalString(try row.decode(column: "reciprocity", as: String?.self))
            json.key("influence"); json.optionalString(try row.decode(column: "influence", as: String?.self))
            json.key("tone"); json.optionalString(try row.decode(column: "tone", as: String?.self))
            json.key("isKeyFigure"); json.bool(try row.decode(column: "is_key_figure", as: Bool.self))
            json.key("isSensitive"); json.bool(try row.decode(column: "is_sensitive", as: Bool.self))
            json.key("version"); json.number(try row.decode(column: "version", as: Int.self))
            json.raw("}}")
        }
        json.raw("]}")
        return json.text
    }
}
