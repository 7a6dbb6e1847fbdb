import BuurtkaartCore
import Vapor

/// The catalogue page: every symbol by cluster, the workspace's own, and a form to add one.
enum SymbolViews {
    static func clusterOptions(_ texts: Texts) -> [(value: String, label: String)] {
        Cluster.allCases.map { ($0.rawValue, texts($0.messageKey)) }
    }

    /// Symbol choices grouped by cluster, for a select.
    static func symbolGroups(_ texts: Texts, custom: [MapSymbol] = []) -> [(label: String, options: [(value: String, label: String)])] {
        var groups = Cluster.allCases.map { cluster in
            (label: texts(cluster.messageKey),
             options: SymbolCatalog.symbols(in: cluster).map { (value: $0.id, label: $0.name(in: texts.language)) })
        }
        if !custom.isEmpty {
            groups.insert((label: texts("symbols.own"), options: custom.map { (value: $0.id, label: $0.name(in: texts.language)) }), at: 0)
        }
        return groups
    }

    static func image(_ symbol: MapSymbol, workspaceID: UUID, size: Int = 24) -> Node {
        el("img", Attribute("src", symbolImageURL(symbol.id, workspaceID: workspaceID)), Attribute("alt", ""),
           Attribute("width", String(size)), Attribute("height", String(size)), .class("symbol"))
    }

    static func index(_ req: Request, access: WorkspaceAccess, custom: [CustomSymbolModel], state: FormState,
                      status: HTTPResponseStatus = .ok) async throws -> Response {
        let texts = req.texts
        let base = WorkspaceViews.path(access.workspaceID)
        let form = FormBuilder(state: state, texts: texts)
        return try await Page(request: req, title: texts("symbols.title"),
                              breadcrumbs: [(texts("workspaces.title"), "/workspaces"), (access.workspace.name, base)],
                              status: status).response { context in
            el("h1") { texts("symbols.title") }
            el("p", .class("lead")) { texts("symbols.lead") }
            el("section") {
                el("h2") { texts("symbols.own") }
                if custom.isEmpty {
                    el("p", .class("empty")) { texts("symbols.noneOwn") }
                } else {
                    el("ul", .class("symbol-grid")) {
                        for model in custom {
                            let symbol = model.symbol
                            el("li") {
                                image(symbol, workspaceID: access.workspaceID, size: 32)
                                el("span") { symbol.name(in: texts.language) }
                                el("span", .class("meta")) { texts(symbol.cluster.messageKey) }
                                if access.role.canEdit {
                                    actionButton(base + "/symbols/\(model.id?.uuidString.lowercased() ?? "")/delete", context,
                                                 label: texts("action.delete"), hidden: [("version", String(model.version))],
                                                 accessibleLabel: texts("symbols.deleteNamed", ["name": symbol.name(in: texts.language)]))
                                }
                            }
                        }
                    }
                }
                if access.role.canEdit {
                    el("details", .class("panel"), attributes(open: state.failure != nil || state.message != nil)) {
                        el("summary") { texts("symbols.add") }
                        form.summary()
                        postForm(base + "/symbols", context) {
                            el("div", .class("row")) {
                                form.text("nameNl", label: texts("field.nameDutch"), maxLength: 100)
                                form.text("nameFr", label: texts("field.nameFrench"), maxLength: 100)
                                form.text("nameEn", label: texts("field.nameEnglish"), maxLength: 100)
                            }
                            form.select("cluster", label: texts("field.cluster"), options: clusterOptions(texts))
                            form.text("mark", label: texts("field.mark"), hint: texts("hint.mark"), maxLength: 3)
                            form.select("baseSymbol", label: texts("field.baseSymbol"), options: [("", texts("symbols.noBase"))],
                                        hint: texts("hint.baseSymbol"), groups: symbolGroups(texts))
                            el("button", .type("submit"), .class("button primary")) { texts("symbols.create") }
                        }
                    }
                }
            }
            for cluster in Cluster.allCases {
                el("section", .class("cluster")) {
                    el("h2") {
                        swatch(cluster.defaultColour)
                        texts(cluster.messageKey)
                    }
                    el("ul", .class("symbol-grid")) {
                        for symbol in SymbolCatalog.symbols(in: cluster) {
                            el("li") {
                                marker(symbol, colour: cluster.defaultColour, size: 32)
                                el("span") { symbol.name(in: texts.language) }
                            }
                        }
                    }
                }
            }
        }
    }

    private static func attributes(open: Bool) -> Attribute {
        open ? .flag("open") : Attribute("data-closed", "")
    }
}
