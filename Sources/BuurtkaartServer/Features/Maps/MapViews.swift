import BuurtkaartCore
import Vapor

/// The map pages.
enum MapViews {
    static func path(_ id: UUID) -> String { "/maps/\(id.uuidString.lowercased())" }

    static func crumbs(_ texts: Texts, access: WorkspaceAccess, map: MapModel) -> [(label: String, href: String)] {
        [(texts("workspaces.title"), "/workspaces"), (access.workspace.name, WorkspaceViews.path(access.workspaceID)), (map.title, path(map.id ?? UUID()))]
    }

    static func state(_ map: MapModel) -> FormState {
        let isRadius = map.boundaryShape == Boundary.Shape.radius.rawValue
        return FormState(values: [
            "title": .string(map.title), "description": .string(map.description), "focus": .string(map.focus),
            "boundary": .string(isRadius ? "" : (map.boundary ?? "")), "boundaryName": .string(map.boundaryName),
            "boundaryRadius": .string(map.boundaryRadius.map(String.init) ?? ""),
            "baseMap": .string(map.baseMap), "customTileURL": .string(map.customTileURL),
            "customAttribution": .string(map.customAttribution), "version": .number(Double(map.version)),
        ])
    }

    static func form(_ req: Request, access: WorkspaceAccess, map: MapModel?, state: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        let texts = req.texts
        let form = FormBuilder(state: state, texts: texts)
        let title = map == nil ? texts("maps.new") : texts("maps.settings")
        var breadcrumbs: [(label: String, href: String)] = [(texts("workspaces.title"), "/workspaces"), (access.workspace.name, WorkspaceViews.path(access.workspaceID))]
        if let map { breadcrumbs.append((map.title, path(map.id ?? UUID()))) }
        let action = map.map { path($0.id ?? UUID()) + "/edit" } ?? WorkspaceViews.path(access.workspaceID) + "/maps"
        return try await Page(request: req, title: title, breadcrumbs: breadcrumbs, status: status, bodyClass: "narrow").response { context in
            el("h1") { title }
            if map == nil { el("p", .class("lead")) { texts("maps.newLead") } }
            form.summary()
            postForm(action, context) {
                if map != nil { el("input", .type("hidden"), .name("version"), .value(state.text("version"))) }
                form.text("title", label: texts("field.title"), required: true, maxLength: 200)
                form.textArea("description", label: texts("field.description"), maxLength: 5000)
                form.textArea("focus", label: texts("field.focus"), hint: texts("hint.focus"), rows: 2, maxLength: 1000)
                form.select("baseMap", label: texts("field.baseMap"), options: BaseMap.allCases.map { ($0.rawValue, texts($0.messageKey)) })
                form.text("customTileURL", label: texts("field.customTileURL"), hint: texts("hint.customTileURL"), maxLength: 1000)
                form.text("customAttribution", label: texts("field.customAttribution"), maxLength: 200)
                el("fieldset", .class("group")) {
                    el("legend") { texts("boundary.title") }
                    el("p", .class("hint")) { texts("boundary.lead") }
                    form.text("boundaryName", label: texts("boundary.name"), maxLength: 200)
                    form.text("boundaryRadius", label: texts("boundary.radiusMetres"), type: "number", hint: texts("hint.boundaryRadius"),
                              extra: [Attribute("min", "500"), Attribute("max", "3000"), Attribute("step", "100")])
                    el("details", .class("advanced")) {
                        el("summary") { texts("maps.boundaryAdvanced") }
                        form.textArea("boundary", label: texts("field.boundary"), hint: texts("hint.boundary"), rows: 4)
                    }
                }
                el("button", .type("submit"), .class("button primary")) { map == nil ? texts("maps.create") : texts("action.save") }
            }
            if let map {
                el("section", .class("panel danger")) {
                    el("a", .class("button danger"), .href(path(map.id ?? UUID()) + "/delete")) { texts("maps.delete") }
                }
            }
        }
    }

    static func show(_ req: Request, map: MapModel, access: WorkspaceAccess, layers: [LayerModel], counts: [UUID: Int],
                     page: ActorStore.Page, filter: ActorFilter, symbols: [String: MapSymbol]) async throws -> Response {
        let texts = req.texts
        let mapPath = path(map.id ?? UUID())
        let layersByID = Dictionary(layers.compactMap { layer in layer.id.map { ($0, layer) } }, uniquingKeysWith: { first, _ in first })
        let total = counts.values.reduce(0, +)
        let assets = req.application.leafletAssets
        let query = filter.queryString()
        _ = try await req.ensureSession()
        let data = MapPageData.json(request: req, map: map, access: access, layers: layers, counts: counts, symbols: symbols)
        var frame = Page(request: req, title: map.title,
                        breadcrumbs: [(texts("workspaces.title"), "/workspaces"), (access.workspace.name, WorkspaceViews.path(access.workspaceID))],
                        scripts: ["map/main.js"], bodyClass: "map-page")
        frame.headExtras = assets.head
        frame.extraOrigins = assets.origins
        return try await frame.response { _ in
            el("div", .class("map-layout")) {
                el("div", .class("map-bar")) {
                    el("h1") { map.title }
                    el("nav", .class("toolbar"), .aria("label", texts("maps.sections"))) {
                        el("a", .href(mapPath + "/table" + (query.isEmpty ? "" : "?" + query)), .id("table-link")) { texts("map.table") }
                        el("a", .href(mapPath + "/layers")) { texts("layers.title") }
                        if access.role.canEdit {
                            el("a", .href(mapPath + "/edit")) { texts("maps.settings") }
                            el("a", .class("button primary small"), .href(mapPath + "/actors/new"), .id("add-actor-link")) { texts("actors.new") }
                        }
                    }
                }
                el("div", .class("map-body")) {
                    el("div", .id("map"), .class("map-canvas"), .aria("label", texts("map.canvasLabel"))) {
                        el("p", .class("map-fallback")) { texts("map.needsScript") }
                    }
                    el("aside", .id("map-panel"), .class("map-panel"), .aria("label", texts("map.panelLabel"))) {
                        el("div", .class("panel-static")) {
                            if !map.description.isEmpty { el("p", .class("pre-line")) { map.description } }
                            if !map.focus.isEmpty { el("p") { el("strong") { texts("field.focus") + ": " }; map.focus } }
                            el("h2") { texts("layers.title") }
                            el("ul", .class("layer-counts")) {
                                el("li") {
                                    el("a", attributes: [.href(mapPath)] + (filter.layerIDs.isEmpty ? [.aria("current", "true")] : [])) {
                                        texts("maps.allLayers")
                                    }
                                    el("span", .class("count")) { String(total) }
                                }
                                for layer in layers {
                                    let idText = layer.id.text ?? ""
                                    el("li") {
                                        swatch(HexColour(layer.colour) ?? Cluster.others.defaultColour)
                                        el("a", attributes: [.href(mapPath + "?layer=\(idText)")]
                                            + (filter.layerIDs == [layer.id ?? UUID()] ? [.aria("current", "true")] : [])) { layer.name }
                                        el("span", .class("count")) { String(counts[layer.id ?? UUID()] ?? 0) }
                                    }
                                }
                            }
                            el("h2") { texts("actors.title") }
                            filterForm(texts, mapPath: mapPath, layers: layers, filter: filter)
                            el("p", .class("meta"), Attribute("role", "status")) {
                                texts("actors.shown", ["shown": String(page.actors.count), "total": String(page.total)])
                            }
                            if page.actors.isEmpty {
                                el("p", .class("empty")) { texts(filter.isEmpty ? "actors.empty" : "actors.noMatch") }
                            } else {
                                actorTable(texts, actors: page.actors, layers: layersByID, symbols: symbols)
                            }
                            pagination(texts, mapPath: mapPath, filter: filter, total: page.total)
                        }
                    }
                }
            }
            Node.raw(#"<script type="application/json" id="map-data">"# + data + "</script>")
        }
    }

    static func filterForm(_ texts: Texts, mapPath: String, layers: [LayerModel], filter: ActorFilter) -> Node {
        func options<T: RawRepresentable & CaseIterable>(_ type: T.Type, selected: [T], label: (T) -> String) -> [Node] where T.RawValue == String {
            T.allCases.map { value in
                el("option", attributes: [.value(value.rawValue)] + (selected.contains(where: { $0.rawValue == value.rawValue }) ? [.flag("selected")] : [])) { label(value) }
            }
        }
        return el("form", Attribute("method", "get"), Attribute("action", mapPath), .class("filters"), Attribute("role", "search")) {
            el("div", .class("field")) {
                el("label", Attribute("for", "filter-q")) { texts("filter.search") }
                el("input", .type("search"), .name("q"), .id("filter-q"), .value(filter.search))
            }
            el("div", .class("field")) {
                el("label", Attribute("for", "filter-layer")) { texts("field.layer") }
                el("select", .name("layer"), .id("filter-layer")) {
                    el("option", .value("")) { texts("filter.any") }
                    for layer in layers {
                        el("option", attributes: [.value(layer.id?.uuidString.lowercased() ?? "")] + (filter.layerIDs.contains(layer.id ?? UUID()) ? [.flag("selected")] : [])) { layer.name }
                    }
                }
            }
            el("div", .class("field")) {
                el("label", Attribute("for", "filter-status")) { texts("field.status") }
                el("select", .name("status"), .id("filter-status")) {
                    el("option", .value("")) { texts("filter.any") }
                    options(ActorStatus.self, selected: filter.statuses) { texts($0.messageKey) }
                }
            }
            el("div", .class("field")) {
                el("label", Attribute("for", "filter-ring")) { texts("field.ring") }
                el("select", .name("ring"), .id("filter-ring")) {
                    el("option", .value("")) { texts("filter.any") }
                    for ring in EngagementRing.allCases {
                        el("option", attributes: [.value(String(ring.rawValue))] + (filter.rings.contains(ring) ? [.flag("selected")] : [])) { texts(ring.messageKey) }
                    }
                    el("option", attributes: [.value("none")] + (filter.notEvaluated ? [.flag("selected")] : [])) { texts("ring.none") }
                }
            }
            el("div", .class("field")) {
                el("label", Attribute("for", "filter-tone")) { texts("field.tone") }
                el("select", .name("tone"), .id("filter-tone")) {
                    el("option", .value("")) { texts("filter.any") }
                    options(Tone.self, selected: filter.tones) { texts($0.messageKey) }
                }
            }
            el("div", .class("field")) {
                el("label", Attribute("for", "filter-kind")) { texts("field.kind") }
                el("select", .name("kind"), .id("filter-kind")) {
                    el("option", .value("")) { texts("filter.any") }
                    options(ActorKind.self, selected: filter.kinds) { texts($0.messageKey) }
                }
            }
            el("div", .class("filter-actions")) {
                el("button", .type("submit"), .class("button secondary")) { texts("filter.apply") }
                if !filter.isEmpty { el("a", .href(mapPath)) { texts("filter.clear") } }
            }
        }
    }

    static func actorTable(_ texts: Texts, actors: [ActorRecord], layers: [UUID: LayerModel], symbols: [String: MapSymbol]) -> Node {
        dataTable("data actors") {
            el("thead") { el("tr") {
                el("th", Attribute("scope", "col")) { el("span", .class("visually-hidden")) { texts("field.symbol") } }
                el("th", Attribute("scope", "col")) { texts("field.name") }
                el("th", Attribute("scope", "col")) { texts("field.layer") }
                el("th", Attribute("scope", "col")) { texts("field.kind") }
                el("th", Attribute("scope", "col")) { texts("field.status") }
                el("th", Attribute("scope", "col")) { texts("field.ring") }
                el("th", Attribute("scope", "col")) { texts("field.tone") }
            } }
            el("tbody") {
                for actor in actors {
                    let layer = layers[actor.layerID]
                    let colour = layer.flatMap { HexColour($0.colour) } ?? Cluster.others.defaultColour
                    let symbol = symbols[actor.symbol] ?? symbols[layer?.symbol ?? ""] ?? SymbolCatalog.symbols[0]
                    el("tr") {
                        el("td", .class("symbol-cell")) { marker(symbol, colour: colour, size: 24) }
                        el("th", Attribute("scope", "row")) {
                            el("a", .href(ActorViews.path(actor.id))) { actor.name }
                            if actor.isSensitive { " "; el("span", .class("badge sensitive")) { texts("actors.sensitive") } }
                            if actor.isKeyFigure { " "; el("span", .class("badge")) { texts("actors.keyFigure") } }
                        }
                        el("td", .data("label", texts("field.layer"))) { layer?.name ?? "" }
                        el("td", .data("label", texts("field.kind"))) { texts("kind.\(actor.kind)") }
                        el("td", .data("label", texts("field.status"))) { texts("status.\(actor.status)") }
                        el("td", .data("label", texts("field.ring"))) { actor.ring.map { texts("ring.\($0)") } ?? texts("ring.none") }
                        el("td", .data("label", texts("field.tone"))) {
                            if let tone = actor.tone {
                                el("span", .class("tone tone-\(tone)")) { texts("tone.\(tone)") }
                            } else {
                                "–"
                            }
                        }
                    }
                }
            }
        }
    }

    static func pagination(_ texts: Texts, mapPath: String, filter: ActorFilter, total: Int) -> Node {
        guard total > filter.limit else { return .group([]) }
        let page = filter.offset / filter.limit + 1
        let pages = (total + filter.limit - 1) / filter.limit
        return el("nav", .class("pagination"), .aria("label", texts("pagination.label"))) {
            if filter.offset > 0 {
                el("a", .href(mapPath + "?" + filter.queryString(offset: max(0, filter.offset - filter.limit))), Attribute("rel", "prev")) { texts("pagination.previous") }
            }
            el("span") { texts("pagination.page", ["page": String(page), "pages": String(pages)]) }
            if filter.offset + filter.limit < total {
                el("a", .href(mapPath + "?" + filter.queryString(offset: filter.offset + filter.limit)), Attribute("rel", "next")) { texts("pagination.next") }
            }
        }
    }

    static func confirmDelete(_ req: Request, map: MapModel, access: WorkspaceAccess, actorCount: Int) async throws -> Response {
        let texts = req.texts
        return try await Page(request: req, title: texts("maps.delete"), breadcrumbs: crumbs(texts, access: access, map: map), bodyClass: "narrow")
            .response { context in
                el("h1") { texts("maps.delete") }
                el("p", .class("warning")) { texts("maps.deleteWarning", ["title": map.title, "count": String(actorCount)]) }
                postForm(path(map.id ?? UUID()) + "/delete", context) {
                    el("input", .type("hidden"), .name("version"), .value(String(map.version)))
                    el("button", .type("submit"), .class("button danger")) { texts("maps.deleteForever") }
                    " "
                    el("a", .href(path(map.id ?? UUID()))) { texts("action.cancel") }
                }
            }
    }
}
