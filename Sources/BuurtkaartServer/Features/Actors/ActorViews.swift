import BuurtkaartCore
import Vapor

/// The actor card, the actor form and the delete confirmation.
enum ActorViews {
    static func path(_ id: UUID) -> String { "/actors/\(id.uuidString.lowercased())" }

    struct FormContext {
        let layers: [LayerModel]
        let custom: [MapSymbol]
    }

    /// The form values of a stored actor, flattened as the form names its fields.
    static func state(_ actor: ActorRecord) -> FormState {
        let draft = actor.draft
        var values: [String: JSONValue] = [
            "layerId": .string(actor.layerID.uuidString.lowercased()),
            "name": .string(draft.name), "kind": .string(draft.kind.rawValue), "symbol": .string(draft.symbolID),
            "address.street": .string(draft.address.street), "address.number": .string(draft.address.number),
            "address.postcode": .string(draft.address.postcode), "address.municipality": .string(draft.address.municipality),
            "phone": .string(draft.phone), "email": .string(draft.email), "website": .string(draft.website),
            "description": .string(draft.description), "teamNotes": .string(draft.teamNotes),
            "formality": .string(draft.formality.rawValue), "status": .string(draft.status.rawValue),
            "isSensitive": .bool(draft.isSensitive), "isKeyFigure": .bool(draft.isKeyFigure),
            "keyFigureNetworks": .string(draft.keyFigureNetworks),
            "evaluation.ring": .string(draft.evaluation.ring.map { String($0.rawValue) } ?? ""),
            "evaluation.reciprocity": .string(draft.evaluation.reciprocity?.rawValue ?? ""),
            "evaluation.influence": .string(draft.evaluation.influence?.rawValue ?? ""),
            "evaluation.tone": .string(draft.evaluation.tone?.rawValue ?? ""),
            "evaluation.collaborations": .array(draft.evaluation.collaborations.map { .string($0.rawValue) }),
            "evaluation.lastContact": .string(draft.evaluation.lastContact?.description ?? ""),
            "version": .number(Double(actor.version)),
        ]
        switch draft.geometry {
        case .point(let point)?:
            values["latitude"] = .string(String(point.latitude))
            values["longitude"] = .string(String(point.longitude))
        case let geometry?:
            values["geometry"] = .string(geometry.geoJSON)
        case nil:
            break
        }
        return FormState(values: values)
    }

    static func choices<T: RawRepresentable & CaseIterable>(_ type: T.Type, _ texts: Texts, key: (T) -> String) -> [(value: String, label: String)]
    where T.RawValue == String {
        T.allCases.map { ($0.rawValue, texts(key($0))) }
    }

    static func form(_ req: Request, map: MapModel, access: WorkspaceAccess, actor: ActorRecord?, context: FormContext, state: FormState,
                     status: HTTPResponseStatus = .ok, stored: ActorRecord? = nil) async throws -> Response {
        let texts = req.texts
        let form = FormBuilder(state: state, texts: texts)
        let title = actor.map { texts("actors.editNamed", ["name": $0.name]) } ?? texts("actors.new")
        var crumbs = MapViews.crumbs(texts, access: access, map: map)
        if let actor { crumbs.append((actor.name, path(actor.id))) }
        let action = actor.map { path($0.id) + "/edit" } ?? MapViews.path(map.id ?? UUID()) + "/actors"
        let hasLineOrArea = !state.text("geometry").isEmpty
        return try await Page(request: req, title: title, breadcrumbs: crumbs, status: status, bodyClass: "narrow").response { page in
            el("h1") { title }
            form.summary()
            if let stored { conflictPanel(texts, stored: stored, typed: state) }
            postForm(action, page, attributes: [.class("actor-form")]) {
                if actor != nil { el("input", .type("hidden"), .name("version"), .value(state.text("version"))) }
                el("fieldset", .class("group")) {
                    el("legend") { texts("actors.basics") }
                    form.text("name", label: texts("field.name"), required: true, maxLength: 200)
                    el("div", .class("row")) {
                        form.select("layerId", label: texts("field.layer"),
                                    options: context.layers.map { ($0.id?.uuidString.lowercased() ?? "", $0.name) })
                        form.select("kind", label: texts("field.kind"), options: choices(ActorKind.self, texts) { $0.messageKey })
                    }
                    form.select("symbol", label: texts("field.symbol"), options: [("", texts("actors.layerSymbol"))],
                                hint: texts("hint.symbol"), groups: SymbolViews.symbolGroups(texts, custom: context.custom))
                    el("div", .class("row")) {
                        form.select("status", label: texts("field.status"), options: choices(ActorStatus.self, texts) { $0.messageKey })
                        form.select("formality", label: texts("field.formality"), options: choices(Formality.self, texts) { $0.messageKey })
                    }
                    form.checkbox("isSensitive", label: texts("field.isSensitive"), hint: texts("hint.isSensitive"))
                    form.checkbox("isKeyFigure", label: texts("field.isKeyFigure"))
                    form.textArea("keyFigureNetworks", label: texts("field.keyFigureNetworks"), hint: texts("hint.keyFigureNetworks"), rows: 2, maxLength: 2000)
                }
                el("fieldset", .class("group")) {
                    el("legend") { texts("actors.evaluation") }
                    el("p", .class("hint")) { texts("hint.evaluation") }
                    form.radios("evaluation.ring", legend: texts("field.ring"),
                                options: EngagementRing.allCases.map { (String($0.rawValue), texts($0.messageKey)) } + [("", texts("ring.none"))])
                    form.radios("evaluation.reciprocity", legend: texts("field.reciprocity"),
                                options: choices(Reciprocity.self, texts) { $0.messageKey } + [("", texts("evaluation.notYet"))])
                    form.radios("evaluation.influence", legend: texts("field.influence"),
                                options: choices(Influence.self, texts) { $0.messageKey } + [("", texts("evaluation.notYet"))])
                    form.radios("evaluation.tone", legend: texts("field.tone"),
                                options: choices(Tone.self, texts) { $0.messageKey } + [("", texts("evaluation.notYet"))])
                    form.checkboxes("evaluation.collaborations", legend: texts("field.collaborations"),
                                    options: choices(Collaboration.self, texts) { $0.messageKey })
                    form.text("evaluation.lastContact", label: texts("field.lastContact"), type: "date")
                }
                el("fieldset", .class("group")) {
                    el("legend") { texts("actors.place") }
                    WorkspaceViews.addressFields(form, texts)
                    if hasLineOrArea {
                        form.textArea("geometry", label: texts("field.geometry"), hint: texts("hint.geometry"), rows: 3)
                    } else {
                        WorkspaceViews.positionFields(form, texts, hint: texts("hint.actorPosition"))
                    }
                }
                el("fieldset", .class("group")) {
                    el("legend") { texts("actors.contact") }
                    form.text("phone", label: texts("field.phone"), type: "tel", maxLength: 40)
                    form.text("email", label: texts("field.email"), type: "email", maxLength: 254)
                    form.text("website", label: texts("field.website"), type: "url", maxLength: 500)
                }
                el("fieldset", .class("group")) {
                    el("legend") { texts("actors.notes") }
                    form.textArea("description", label: texts("field.description"), maxLength: 10_000)
                    form.textArea("teamNotes", label: texts("field.teamNotes"), hint: texts("hint.teamNotes"), maxLength: 10_000)
                }
                el("div", .class("form-actions")) {
                    el("button", .type("submit"), .class("button primary")) { actor == nil ? texts("actors.create") : texts("action.save") }
                    el("a", .href(actor.map { path($0.id) } ?? MapViews.path(map.id ?? UUID()))) { texts("action.cancel") }
                }
            }
        }
    }

    /// After a refused stale save: which fields someone else changed, with both values, so
    /// the person decides what to keep before saving again.
    private static func conflictPanel(_ texts: Texts, stored: ActorRecord, typed: FormState) -> Node {
        let current = state(stored)
        let fields: [(String, String)] = [
            ("name", "field.name"), ("description", "field.description"), ("teamNotes", "field.teamNotes"),
            ("status", "field.status"), ("evaluation.ring", "field.ring"), ("evaluation.tone", "field.tone"),
            ("evaluation.reciprocity", "field.reciprocity"), ("evaluation.influence", "field.influence"),
            ("phone", "field.phone"), ("email", "field.email"), ("website", "field.website"),
        ]
        let differing = fields.filter { current.text($0.0) != typed.text($0.0) }
        return el("section", .class("panel conflict"), .aria("label", texts("conflict.title"))) {
            el("h2") { texts("conflict.title") }
            el("p") { texts("conflict.explain") }
            if !differing.isEmpty {
                dataTable("data") {
                    el("thead") { el("tr") {
                        el("th", Attribute("scope", "col")) { texts("conflict.field") }
                        el("th", Attribute("scope", "col")) { texts("conflict.stored") }
                        el("th", Attribute("scope", "col")) { texts("conflict.yours") }
                    } }
                    el("tbody") {
                        for (name, label) in differing {
                            el("tr") {
                                el("th", Attribute("scope", "row")) { texts(label) }
                                el("td") { current.text(name) }
                                el("td") { typed.text(name) }
                            }
                        }
                    }
                }
            }
        }
    }

    static func card(_ req: Request, actor: ActorRecord, map: MapModel, access: WorkspaceAccess, layer: LayerModel?,
                     symbols: [String: MapSymbol], names: [UUID: String], photos: [ActorPhotoModel] = [],
                     photoState: FormState = FormState(), status: HTTPResponseStatus = .ok) async throws -> Response {
        let texts = req.texts
        let draft = actor.draft
        let colour = layer.flatMap { HexColour($0.colour) } ?? Cluster.others.defaultColour
        let symbol = symbols[actor.symbol] ?? symbols[layer?.symbol ?? ""] ?? SymbolCatalog.symbols[0]
        let idText = actor.id.text
        func row(_ label: String, _ value: String) -> Node {
            value.isEmpty ? .group([]) : el("div") { el("dt") { label }; el("dd", .class("pre-line")) { value } }
        }
        let evaluation = draft.evaluation
        return try await Page(request: req, title: actor.name, breadcrumbs: MapViews.crumbs(texts, access: access, map: map), status: status).response { context in
            el("article", .class("actor-card")) {
                el("header", .class("page-heading")) {
                    marker(symbol, colour: colour, size: 40)
                    el("div") {
                        el("h1") { actor.name }
                        el("p", .class("meta")) {
                            [layer?.name ?? "", texts(draft.kind.messageKey), symbol.name(in: texts.language), texts(draft.status.messageKey)]
                                .filter { !$0.isEmpty }.joined(separator: " · ")
                        }
                        if draft.isSensitive { el("span", .class("badge sensitive")) { texts("actors.sensitive") } }
                        if draft.isKeyFigure { el("span", .class("badge")) { texts("actors.keyFigure") } }
                    }
                }
                if access.role.canEdit {
                    el("nav", .class("toolbar"), .aria("label", texts("actors.actions"))) {
                        el("a", .class("button primary"), .href("/actors/\(idText)/edit")) { texts("action.edit") }
                        el("a", .class("button danger"), .href("/actors/\(idText)/delete")) { texts("action.delete") }
                    }
                }
                if !draft.description.isEmpty { el("p", .class("lead pre-line")) { draft.description } }
                el("section") {
                    el("h2") { texts("actors.evaluation") }
                    el("dl", .class("evaluation")) {
                        el("div") { el("dt") { texts("field.ring") }; el("dd") { evaluation.ring.map { texts($0.messageKey) } ?? texts("ring.none") } }
                        el("div") { el("dt") { texts("field.reciprocity") }; el("dd") { evaluation.reciprocity.map { texts($0.messageKey) } ?? texts("evaluation.notYet") } }
                        el("div") { el("dt") { texts("field.influence") }; el("dd") { evaluation.influence.map { texts($0.messageKey) } ?? texts("evaluation.notYet") } }
                        el("div") {
                            el("dt") { texts("field.tone") }
                            el("dd") {
                                if let tone = evaluation.tone {
                                    el("span", .class("tone tone-\(tone.rawValue)")) { texts(tone.messageKey) }
                                } else {
                                    texts("evaluation.notYet")
                                }
                            }
                        }
                        row(texts("field.collaborations"), evaluation.collaborations.map { texts($0.messageKey) }.joined(separator: ", "))
                        row(texts("field.lastContact"), evaluation.lastContact?.description ?? "")
                    }
                }
                el("section") {
                    el("h2") { texts("actors.details") }
                    el("dl", .class("details")) {
                        row(texts("field.formality"), texts(draft.formality.messageKey))
                        row(texts("field.address"), draft.address.singleLine)
                        if let point = draft.geometry?.representativePoint {
                            row(texts("field.position"), String(format: "%.5f, %.5f", point.latitude, point.longitude))
                        }
                        row(texts("field.phone"), draft.phone)
                        if !draft.email.isEmpty {
                            el("div") { el("dt") { texts("field.email") }; el("dd") { el("a", .href("mailto:" + draft.email)) { draft.email } } }
                        }
                        if !draft.website.isEmpty {
                            el("div") { el("dt") { texts("field.website") }; el("dd") { el("a", .href(draft.website), Attribute("rel", "noopener noreferrer")) { draft.website } } }
                        }
                        row(texts("field.keyFigureNetworks"), draft.keyFigureNetworks)
                    }
                }
                if !draft.teamNotes.isEmpty {
                    el("section", .class("panel team-notes")) {
                        el("h2") { texts("field.teamNotes") }
                        el("p", .class("hint")) { texts("hint.teamNotes") }
                        el("p", .class("pre-line")) { draft.teamNotes }
                    }
                }
                photoSection(texts, actor: actor, photos: photos, canEdit: access.role.canEdit, state: photoState, context: context)
                el("p", .class("meta")) {
                    texts("actors.history", [
                        "created": actor.createdAt.map(formatDate) ?? "",
                        "createdBy": actor.createdBy.flatMap { names[$0] } ?? "–",
                        "updated": actor.updatedAt.map(formatDate) ?? "",
                        "updatedBy": actor.updatedBy.flatMap { names[$0] } ?? "–",
                        "version": String(actor.version),
                    ])
                }
            }
        }
    }

    /// The actor's photos, with an upload form for editors (works without JavaScript).
    private static func photoSection(_ texts: Texts, actor: ActorRecord, photos: [ActorPhotoModel], canEdit: Bool,
                                     state: FormState, context: PageContext) -> Node {
        guard canEdit || !photos.isEmpty else { return .group([]) }
        let base = path(actor.id) + "/photos"
        return el("section", .id("photos")) {
            el("h2") { texts("photos.title") }
            if !photos.isEmpty {
                el("ul", .class("photo-grid")) {
                    for photo in photos {
                        el("li") {
                            el("figure") {
                                el("a", .href(base + "/" + (photo.id.text ?? ""))) {
                                    el("img", Attribute("src", base + "/" + (photo.id.text ?? "")), Attribute("loading", "lazy"),
                                       Attribute("alt", photo.caption.isEmpty ? texts("photos.of", ["name": actor.name]) : photo.caption),
                                       Attribute("width", String(photo.width)), Attribute("height", String(photo.height)))
                                }
                                if !photo.caption.isEmpty { el("figcaption") { photo.caption } }
                            }
                            if canEdit {
                                actionButton(base + "/" + (photo.id.text ?? "") + "/delete", context, label: texts("action.delete"), style: "small",
                                             accessibleLabel: texts("photos.delete"))
                            }
                        }
                    }
                }
            }
            if canEdit {
                let form = FormBuilder(state: state, texts: texts)
                form.summary()
                el("form", Attribute("method", "post"), Attribute("action", base), Attribute("enctype", "multipart/form-data"), .class("photo-upload")) {
                    csrfField(context.csrfToken)
                    el("div", .class(state.error("photo") == nil ? "field" : "field has-error")) {
                        el("label", Attribute("for", "field-photo")) { texts("photos.add") }
                        el("p", .class("hint")) { texts("hint.photo") }
                        if let error = state.error("photo") { el("p", .class("field-error")) { texts(error) } }
                        el("input", .type("file"), .name("photo"), .id("field-photo"), Attribute("accept", "image/jpeg,image/png,image/webp"))
                    }
                    form.text("caption", label: texts("field.caption"), maxLength: 300)
                    el("button", .type("submit"), .class("button secondary")) { texts("photos.upload") }
                }
            }
        }
    }

    static func confirmDelete(_ req: Request, actor: ActorRecord, map: MapModel, access: WorkspaceAccess) async throws -> Response {
        let texts = req.texts
        let idText = actor.id.text
        var crumbs = MapViews.crumbs(texts, access: access, map: map)
        crumbs.append((actor.name, path(actor.id)))
        return try await Page(request: req, title: texts("actors.deleteNamed", ["name": actor.name]), breadcrumbs: crumbs, bodyClass: "narrow")
            .response { context in
                el("h1") { texts("actors.deleteNamed", ["name": actor.name]) }
                el("p", .class("warning")) { texts("actors.deleteWarning") }
                postForm("/actors/\(idText)/delete", context) {
                    el("input", .type("hidden"), .name("version"), .value(String(actor.version)))
                    el("button", .type("submit"), .class("button danger")) { texts("action.delete") }
                    " "
                    el("a", .href(path(actor.id))) { texts("action.cancel") }
                }
            }
    }
}

/// A date and time as people read it in Brussels, in UTC+1/+2.
func formatDate(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_GB_POSIX")
    formatter.timeZone = TimeZone(identifier: "Europe/Brussels")
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    return formatter.string(from: date)
}
