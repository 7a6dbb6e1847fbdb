import BuurtkaartCore
import Vapor

/// The data table page.
enum TableViews {
    /// The columns, each with the field it shows and edits and its sort key.
    struct Column {
        let key: String
        let label: String
        let sort: ActorFilter.Sort?
        /// The API field a cell edit changes, when it can be edited in place.
        let field: String?
    }

    static func columns(_ texts: Texts) -> [Column] {
        [
            Column(key: "layer", label: texts("field.layer"), sort: .layer, field: "layerId"),
            Column(key: "kind", label: texts("field.kind"), sort: .kind, field: "kind"),
            Column(key: "status", label: texts("field.status"), sort: .status, field: "status"),
            Column(key: "ring", label: texts("field.ring"), sort: .ring, field: "evaluation.ring"),
            Column(key: "reciprocity", label: texts("field.reciprocity"), sort: .reciprocity, field: "evaluation.reciprocity"),
            Column(key: "influence", label: texts("field.influence"), sort: .influence, field: "evaluation.influence"),
            Column(key: "tone", label: texts("field.tone"), sort: .tone, field: "evaluation.tone"),
            Column(key: "lastContact", label: texts("field.lastContact"), sort: .lastContact, field: "evaluation.lastContact"),
            Column(key: "phone", label: texts("field.phone"), sort: nil, field: "phone"),
            Column(key: "email", label: texts("field.email"), sort: nil, field: "email"),
        ]
    }

    static func table(_ req: Request, map: MapModel, access: WorkspaceAccess, layers: [LayerModel], page: ActorStore.Page,
                      filter: ActorFilter, symbols: [String: MapSymbol]) async throws -> Response {
        let texts = req.texts
        let mapPath = MapViews.path(map.id ?? UUID())
        let layersByID = Dictionary(layers.compactMap { layer in layer.id.map { ($0, layer) } }, uniquingKeysWith: { first, _ in first })
        let title = filter.layerIDs.count == 1 ? texts("table.titleLayer", ["layer": layersByID[filter.layerIDs[0]]?.name ?? ""]) : texts("table.title")
        let query = filter.queryString(offset: 0)
        let canEdit = access.role.canEdit
        func sortState(_ column: ActorFilter.Sort) -> [Attribute] {
            guard filter.sort == column else { return [Attribute("scope", "col")] }
            return [Attribute("scope", "col"), .aria("sort", filter.descending ? "descending" : "ascending")]
        }
        func sortLink(_ column: ActorFilter.Sort, _ label: String) -> Node {
            let active = filter.sort == column
            let descending = active && !filter.descending
            return el("a", attributes: [.href(mapPath + "/table?" + filter.queryString(offset: 0, sort: column, descending: descending))]) {
                label + (active ? (filter.descending ? " ▼" : " ▲") : "")
            }
        }
        var crumbs = MapViews.crumbs(texts, access: access, map: map)
        _ = crumbs.popLast()
        crumbs.append((map.title, mapPath))
        return try await Page(request: req, title: title, breadcrumbs: crumbs, scripts: canEdit ? ["table.js"] : [], bodyClass: "wide").response { _ in
            el("div", .class("page-heading")) {
                el("h1") { title }
                el("nav", .class("toolbar"), .aria("label", texts("table.actions"))) {
                    el("a", .href(mapPath + (query.isEmpty ? "" : "?" + query))) { texts("table.backToMap") }
                    el("a", .class("button secondary small"), .href(mapPath + "/export.csv" + (query.isEmpty ? "" : "?" + query)), .id("csv-link")) {
                        texts("table.downloadCSV")
                    }
                }
            }
            if canEdit { el("p", .class("hint")) { texts("table.editHint") } }
            MapViews.filterForm(texts, mapPath: mapPath + "/table", layers: layers, filter: filter)
            el("p", .class("meta"), Attribute("role", "status")) {
                texts("actors.shown", ["shown": String(page.actors.count), "total": String(page.total)])
            }
            dataTable("data actors-table") {
                el("thead") { el("tr") {
                    el("th", attributes: sortState(.name)) { sortLink(.name, texts("field.name")) }
                    for column in columns(texts) {
                        el("th", attributes: column.sort.map(sortState) ?? [Attribute("scope", "col")]) {
                            if let sort = column.sort { sortLink(sort, column.label) } else { column.label }
                        }
                    }
                } }
                el("tbody") {
                    for actor in page.actors {
                        row(texts, actor: actor, layers: layersByID, symbols: symbols, canEdit: canEdit)
                    }
                }
            }
            MapViews.pagination(texts, mapPath: mapPath + "/table", filter: filter, total: page.total)
            if canEdit {
                // The choices of the editable cells, for the table's script.
                Node.raw(#"<script type="application/json" id="table-data">"# + choicesJSON(texts, layers: layers) + "</script>")
            }
        }
    }

    static func row(_ texts: Texts, actor: ActorRecord, layers: [UUID: LayerModel], symbols: [String: MapSymbol], canEdit: Bool) -> Node {
        let layer = layers[actor.layerID]
        let colour = layer.flatMap { HexColour($0.colour) } ?? Cluster.others.defaultColour
        let symbol = symbols[actor.symbol] ?? symbols[layer?.symbol ?? ""] ?? SymbolCatalog.symbols[0]
        func cell(_ field: String, value: String, display: String) -> Node {
            el("td", attributes: canEdit ? [.data("field", field), .data("value", value)] : []) { display }
        }
        return el("tr", attributes: [.data("id", actor.id.text), .data("version", String(actor.version))]) {
            el("th", Attribute("scope", "row")) {
                marker(symbol, colour: colour, size: 20)
                " "
                el("a", .href(ActorViews.path(actor.id))) { actor.name }
            }
            cell("layerId", value: actor.layerID.text, display: layer?.name ?? "")
            cell("kind", value: actor.kind, display: texts("kind.\(actor.kind)"))
            cell("status", value: actor.status, display: texts("status.\(actor.status)"))
            cell("evaluation.ring", value: actor.ring.map(String.init) ?? "", display: actor.ring.map { texts("ring.\($0)") } ?? "–")
            cell("evaluation.reciprocity", value: actor.reciprocity ?? "", display: actor.reciprocity.map { texts("reciprocity.\($0)") } ?? "–")
            cell("evaluation.influence", value: actor.influence ?? "", display: actor.influence.map { texts("influence.\($0)") } ?? "–")
            el("td", attributes: canEdit ? [.data("field", "evaluation.tone"), .data("value", actor.tone ?? "")] : []) {
                if let tone = actor.tone { el("span", .class("tone tone-\(tone)")) { texts("tone.\(tone)") } } else { "–" }
            }
            cell("evaluation.lastContact", value: actor.lastContact ?? "", display: actor.lastContact ?? "–")
            cell("phone", value: actor.phone, display: actor.phone)
            cell("email", value: actor.email, display: actor.email)
        }
    }

    /// For each editable field: its input kind and choices with their labels.
    static func choicesJSON(_ texts: Texts, layers: [LayerModel]) -> String {
        var json = JSONWriter()
        func choices(_ key: String, first: Bool = false, _ options: [(String, String)], allowEmpty: Bool) {
            json.key(key, first: first)
            json.raw("{\"type\":\"select\",\"options\":[")
            let all = (allowEmpty ? [("", texts("evaluation.notYet"))] : []) + options
            for (index, option) in all.enumerated() {
                if index > 0 { json.raw(",") }
                json.raw("[")
                json.string(option.0)
                json.raw(",")
                json.string(option.1)
                json.raw("]")
            }
            json.raw("]}")
        }
        json.raw("{")
        choices("layerId", first: true, layers.map { ($0.id.text ?? "", $0.name) }, allowEmpty: false)
        choices("kind", ActorKind.allCases.map { ($0.rawValue, texts($0.messageKey)) }, allowEmpty: false)
        choices("status", ActorStatus.allCases.map { ($0.rawValue, texts($0.messageKey)) }, allowEmpty: false)
        choices("evaluation.ring", EngagementRing.allCases.map { (String($0.rawValue), texts($0.messageKey)) }, allowEmpty: true)
        choices("evaluation.reciprocity", Reciprocity.allCases.map { ($0.rawValue, texts($0.messageKey)) }, allowEmpty: true)
        choices("evaluation.influence", Influence.allCases.map { ($0.rawValue, texts($0.messageKey)) }, allowEmpty: true)
        choices("evaluation.tone", Tone.allCases.map { ($0.rawValue, texts($0.messageKey)) }, allowEmpty: true)
        json.key("evaluation.lastContact"); json.raw("{\"type\":\"date\"}")
        json.key("phone"); json.raw("{\"type\":\"tel\"}")
        json.key("email"); json.raw("{\"type\":\"email\"}")
        json.key("texts")
        json.raw("{")
        for (index, key) in ["table.editCell", "table.saved", "table.conflict", "table.applyMine", "action.save", "action.cancel"].enumerated() {
            json.key(key, first: index == 0)
            json.string(texts(key))
        }
        json.raw("}}")
        return json.text.replacingOccurrences(of: "<", with: "\\u003c")
    }
}
