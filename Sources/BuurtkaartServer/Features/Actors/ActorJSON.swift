import BuurtkaartCore
import Foundation
import Vapor

/// The JSON representation of actors in the API, written straight from their rows.
///
/// ```json
/// {"id": "…", "mapId": "…", "layerId": "…", "name": "…", "kind": "service", "symbol": "welfare.pharmacy",
///  "geometry": {"type": "Point", "coordinates": [4.33, 50.85]},
///  "address": {"street": "…", "number": "…", "postcode": "…", "municipality": "…"},
///  "phone": "", "email": "", "website": "", "description": "", "teamNotes": "",
///  "formality": "formal", "status": "current", "isSensitive": false, "isKeyFigure": false, "keyFigureNetworks": "",
///  "evaluation": {"ring": 2, "reciprocity": "mutual", "influence": "high", "tone": "constructive",
///                 "collaborations": ["referral"], "lastContact": "2026-03-14"},
///  "version": 3, "createdAt": "…", "updatedAt": "…", "createdBy": "…", "updatedBy": "…"}
/// ```
enum ActorJSON {
    static func write(_ actor: ActorRecord, into json: inout JSONWriter) {
        json.raw("{")
        json.key("id", first: true); json.string(actor.id.text)
        json.key("mapId"); json.string(actor.mapID.text)
        json.key("layerId"); json.string(actor.layerID.text)
        json.key("name"); json.string(actor.name)
        json.key("kind"); json.string(actor.kind)
        json.key("symbol"); json.string(actor.symbol)
        json.key("geometry")
        if let geometry = actor.geometry, geometry.hasPrefix("{") { json.raw(geometry) } else { json.raw("null") }
        json.key("address")
        json.raw("{")
        json.key("street", first: true); json.string(actor.street)
        json.key("number"); json.string(actor.houseNumber)
        json.key("postcode"); json.string(actor.postcode)
        json.key("municipality"); json.string(actor.municipality)
        json.raw("}")
        json.key("phone"); json.string(actor.phone)
        json.key("email"); json.string(actor.email)
        json.key("website"); json.string(actor.website)
        json.key("description"); json.string(actor.description)
        json.key("teamNotes"); json.string(actor.teamNotes)
        json.key("formality"); json.string(actor.formality)
        json.key("status"); json.string(actor.status)
        json.key("isSensitive"); json.bool(actor.isSensitive)
        json.key("isKeyFigure"); json.bool(actor.isKeyFigure)
        json.key("keyFigureNetworks"); json.string(actor.keyFigureNetworks)
        json.key("evaluation")
        json.raw("{")
        json.key("ring", first: true)
        if let ring = actor.ring { json.number(ring) } else { json.raw("null") }
        json.key("reciprocity"); json.optionalString(actor.reciprocity)
        json.key("influence"); json.optionalString(actor.influence)
        json.key("tone"); json.optionalString(actor.tone)
        json.key("collaborations")
        json.raw("[")
        for (index, kind) in actor.collaborations.split(separator: ",").enumerated() {
            if index > 0 { json.raw(",") }
            json.string(String(kind))
        }
        json.raw("]")
        json.key("lastContact"); json.optionalString(actor.lastContact)
        json.raw("}")
        json.key("version"); json.number(actor.version)
        json.key("createdAt"); json.optionalString(actor.createdAt.map(iso8601))
        json.key("updatedAt"); json.optionalString(actor.updatedAt.map(iso8601))
        json.key("createdBy"); json.optionalString(actor.createdBy.text)
        json.key("updatedBy"); json.optionalString(actor.updatedBy.text)
        json.raw("}")
    }

    static func value(_ actor: ActorRecord) -> JSONValue {
        var json = JSONWriter()
        write(actor, into: &json)
        return JSONValue.parse(json.text) ?? .null
    }

    static func response(_ actor: ActorRecord, status: HTTPResponseStatus = .ok) -> Response {
        var json = JSONWriter(capacity: 1024)
        write(actor, into: &json)
        let response = jsonResponse(json.text, status: status)
        response.headers.replaceOrAdd(name: .eTag, value: ETag.value(for: actor.version))
        return response
    }

    /// `{"items": […], "total": n, "limit": n, "offset": n}`.
    static func list(_ actors: [ActorRecord], total: Int, limit: Int, offset: Int) -> Response {
        var json = JSONWriter(capacity: 900 * actors.count + 64)
        json.raw("{\"items\":[")
        for (index, actor) in actors.enumerated() {
            if index > 0 { json.raw(",") }
            write(actor, into: &json)
        }
        json.raw("]")
        json.key("total"); json.number(total)
        json.key("limit"); json.number(limit)
        json.key("offset"); json.number(offset)
        json.raw("}")
        return jsonResponse(json.text, status: .ok)
    }
}

func jsonResponse(_ text: String, status: HTTPResponseStatus) -> Response {
    let response = Response(status: status, body: .init(string: text))
    response.headers.contentType = .json
    return response
}

/// A time as ISO 8601 in UTC to the second (`2026-03-14T09:30:00Z`), as the API writes times.
func iso8601(_ date: Date) -> String {
    var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
    var parts = tm()
    gmtime_r(&seconds, &parts)
    func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : String(value) }
    return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
}
