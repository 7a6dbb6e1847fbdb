import BuurtkaartCore
import Vapor

/// The layers page and the page that asks where a deleted layer's actors go.
enum LayerViews {
    static func newLayerState() -> FormState {
        FormState(values: ["colour": .string(Cluster.others.defaultColour.value), "symbol": .string(Cluster.others.defaultSymbolID)])
    }

    static func state(_ layer: LayerModel) -> FormState {
        FormState(values: [
            "name": .string(layer.name), "colour": .string(layer.colour), "symbol": .string(layer.symbol),
            "isVisibleByDefault": .bool(layer.isVisibleByDefault), "version": .number(Double(layer.version)),
        ])
    }

    static func index(_ req: Request, map: MapModel, access: WorkspaceAccess, layers: [LayerModel], counts: [UUID: Int],
                      symbols: [String: MapSymbol], custom: [MapSymbol], editing: (UUID, FormState)?, newLayer: FormState,
                      message: LocalizedMessage?, status: HTTPResponseStatus) async throws -> Response {
        let texts = req.texts
        let mapPath = MapViews.path(map.id ?? UUID())
        let groups = SymbolViews.symbolGroups(texts, custom: custom)
        let canEdit = access.role.canEdit
        return try await Page(request: req, title: texts("layers.title"), breadcrumbs: MapViews.crumbs(texts, access: access, map: map), status: status)
            .response { context in
                el("h1") { texts("layers.title") }
                el("p", .class("lead")) { texts("layers.lead") }
                if let message { el("p", .class("error-summary"), Attribute("role", "alert")) { texts(message) } }
                el("ol", .class("layer-list")) {
                    for (index, layer) in layers.enumerated() {
                        let layerID = layer.id ?? UUID()
                        let idText = layerID.uuidString.lowercased()
                        let isEditing = editing?.0 == layerID
                        let state = isEditing ? (editing?.1 ?? state(layer)) : state(layer)
                        let form = FormBuilder(state: state, texts: texts)
                        let symbol = symbols[layer.symbol] ?? SymbolCatalog.symbols[0]
                        el("li", .id("layer-\(idText)"), .class("layer-item")) {
                            el("div", .class("layer-summary")) {
                                marker(symbol, colour: HexColour(layer.colour) ?? Cluster.others.defaultColour)
                                el("a", .class("layer-name"), .href(mapPath + "?layer=\(idText)")) { layer.name }
                                el("span", .class("count")) { texts("maps.actorCount", ["count": String(counts[layerID] ?? 0)]) }
                                if !layer.isVisibleByDefault { el("span", .class("badge")) { texts("layers.hidden") } }
                            }
                            if canEdit {
                                el("details", attributes: isEditing ? [.class("layer-edit"), .flag("open")] : [.class("layer-edit")]) {
                                    el("summary") { texts("layers.edit", ["name": layer.name]) }
                                    form.summary()
                                    postForm("/layers/\(idText)/edit", context) {
                                        el("input", .type("hidden"), .name("version"), .value(String(layer.version)))
                                        form.text("name", label: texts("field.name"), required: true, maxLength: 200)
                                        el("div", .class("row")) {
                                            form.text("colour", label: texts("field.colour"), type: "color")
                                            form.select("symbol", label: texts("field.symbol"), options: [], groups: groups)
                                        }
                                        form.checkbox("isVisibleByDefault", label: texts("field.visibleByDefault"))
                                        el("button", .type("submit"), .class("button primary")) { texts("action.save") }
                                    }
                                }
                                el("div", .class("layer-actions")) {
                                    if index > 0 {
                                        actionButton("/layers/\(idText)/move", context, label: "↑", style: "small",
                                                     hidden: [("direction", "up")], accessibleLabel: texts("layers.moveUp", ["name": layer.name]))
                                    }
                                    if index < layers.count - 1 {
                                        actionButton("/layers/\(idText)/move", context, label: "↓", style: "small",
                                                     hidden: [("direction", "down")], accessibleLabel: texts("layers.moveDown", ["name": layer.name]))
                                    }
                                    el("a", .class("button small danger"), .href("/layers/\(idText)/delete"),
                                       Attribute("aria-label", texts("layers.deleteNamed", ["name": layer.name]))) { texts("action.delete") }
                                }
                            }
                        }
                    }
                }
                if canEdit {
                    let form = FormBuilder(state: newLayer, texts: texts)
                    el("section", .class("panel")) {
                        el("h2") { texts("layers.add") }
                        form.summary()
                        postForm(mapPath + "/layers", context) {
                            form.text("name", label: texts("field.name"), required: true, maxLength: 200)
                            el("div", .class("row")) {
                                form.text("colour", label: texts("field.colour"), type: "color")
                                form.select("symbol", label: texts("field.symbol"), options: [], groups: groups)
                            }
                            el("button", .type("submit"), .class("button primary")) { texts("layers.create") }
                        }
                    }
                }
            }
    }

    static func confirmDelete(_ req: Request, layer: LayerModel, map: MapModel, access: WorkspaceAccess, actorCount: Int,
                              otherLayers: [LayerModel], state: FormState, status: HTTPResponseStatus) async throws -> Response {
        let texts = req.texts
        let idText = layer.id?.uuidString.lowercased() ?? ""
        let form = FormBuilder(state: state.values["actors"] == nil ? FormState(values: ["actors": .string(otherLayers.isEmpty ? "delete" : "move")],
                                                                                  failure: state.failure, message: state.message) : state,
                               texts: texts)
        var crumbs = MapViews.crumbs(texts, access: access, map: map)
        crumbs.append((texts("layers.title"), MapViews.path(map.id ?? UUID()) + "/layers"))
        return try await Page(request: req, title: texts("layers.deleteNamed", ["name": layer.name]), breadcrumbs: crumbs, status: status,
                              bodyClass: "narrow").response { context in
            el("h1") { texts("layers.deleteNamed", ["name": layer.name]) }
            form.summary()
            postForm("/layers/\(idText)/delete", context) {
                el("input", .type("hidden"), .name("version"), .value(String(layer.version)))
                if actorCount == 0 {
                    el("p") { texts("layers.deleteEmpty") }
                } else {
                    el("p", .class("warning")) { texts("layers.deleteHasActors", ["count": String(actorCount)]) }
                    let options: [(value: String, label: String)] = (otherLayers.isEmpty ? [] : [("move", texts("layers.moveActors"))])
                        + [("delete", texts("layers.deleteActors", ["count": String(actorCount)]))]
                    form.radios("actors", legend: texts("layers.whereActorsGo"), options: options)
                    if !otherLayers.isEmpty {
                        form.select("moveActorsTo", label: texts("layers.targetLayer"),
                                    options: otherLayers.map { ($0.id?.uuidString.lowercased() ?? "", $0.name) })
                    }
                }
                el("button", .type("submit"), .class("button danger")) { texts("action.delete") }
                " "
                el("a", .href(MapViews.path(map.id ?? UUID()) + "/layers")) { texts("action.cancel") }
            }
        }
    }
}
