import BuurtkaartCore
import Vapor

/// The pages of workspaces.
enum WorkspaceViews {
    static func path(_ id: UUID) -> String { "/workspaces/\(id.uuidString.lowercased())" }

    static func index(_ req: Request, workspaces: [WorkspaceStore.Listed], invitations: [InvitationModel.Pending]) async throws -> Response {
        let texts = req.texts
        return try await Page(request: req, title: texts("workspaces.title")).response { context in
            el("div", .class("page-heading")) {
                el("h1") { texts("workspaces.title") }
                el("a", .class("button primary"), .href("/workspaces/new")) { texts("workspaces.new") }
            }
            if !invitations.isEmpty {
                el("section", .class("panel")) {
                    el("h2") { texts("invitations.forYou") }
                    el("ul", .class("plain-list")) {
                        for pending in invitations {
                            el("li") {
                                texts("invitations.invitedTo", ["workspace": pending.workspaceName, "role": texts("role.\(pending.role)")]) + " "
                                actionButton("/invitations/\(pending.id.uuidString.lowercased())/accept", context, label: texts("invitations.accept"), style: "primary")
                                actionButton("/invitations/\(pending.id.uuidString.lowercased())/decline", context, label: texts("invitations.decline"))
                            }
                        }
                    }
                }
            }
            if workspaces.isEmpty {
                el("p", .class("empty")) { texts("workspaces.empty") }
            } else {
                el("ul", .class("cards")) {
                    for item in workspaces {
                        el("li", .class("card")) {
                            el("h2") {
                                el("a", .href(path(item.workspace.id ?? UUID()))) { item.workspace.name }
                            }
                            if item.workspace.isDemo { el("span", .class("badge")) { texts("workspaces.demoBadge") } }
                            el("p", .class("meta")) {
                                texts("role.\(item.role.rawValue)") + " · " + texts("workspaces.mapCount", ["count": String(item.mapCount)])
                            }
                            if !item.workspace.description.isEmpty {
                                el("p") { String(item.workspace.description.prefix(200)) }
                            }
                        }
                    }
                }
            }
            el("section", .class("panel demo")) {
                el("h2") { texts("demo.title") }
                el("p") { texts("demo.text") }
                actionButton("/workspaces/demo", context, label: texts("demo.create"))
            }
        }
    }

    static func formState(_ workspace: WorkspaceModel, failure: ValidationFailure? = nil) -> FormState {
        var values: [String: JSONValue] = [
            "name": .string(workspace.name),
            "description": .string(workspace.description),
            "address.street": .string(workspace.street),
            "address.number": .string(workspace.houseNumber),
            "address.postcode": .string(workspace.postcode),
            "address.municipality": .string(workspace.municipality),
            "version": .number(Double(workspace.version)),
        ]
        if let latitude = workspace.latitude, let longitude = workspace.longitude {
            values["latitude"] = .string(String(latitude))
            values["longitude"] = .string(String(longitude))
        }
        return FormState(values: values, failure: failure)
    }

    static func addressFields(_ form: FormBuilder, _ texts: Texts) -> Node {
        el("fieldset", .class("group")) {
            el("legend") { texts("field.address") }
            el("div", .class("row")) {
                form.text("address.street", label: texts("field.street"), maxLength: 200, autocomplete: "address-line1")
                form.text("address.number", label: texts("field.number"), maxLength: 20)
            }
            el("div", .class("row")) {
                form.text("address.postcode", label: texts("field.postcode"), maxLength: 12, autocomplete: "postal-code")
                form.text("address.municipality", label: texts("field.municipality"), maxLength: 100, autocomplete: "address-level2")
            }
        }
    }

    static func positionFields(_ form: FormBuilder, _ texts: Texts, hint: String) -> Node {
        el("fieldset", .class("group")) {
            el("legend") { texts("field.position") }
            el("p", .class("hint")) { hint }
            el("div", .class("row")) {
                form.text("latitude", label: texts("field.latitude"), extra: [Attribute("inputmode", "decimal")])
                form.text("longitude", label: texts("field.longitude"), extra: [Attribute("inputmode", "decimal")])
            }
        }
    }

    static func form(_ req: Request, workspace access: WorkspaceAccess?, state: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        let texts = req.texts
        let form = FormBuilder(state: state, texts: texts)
        let title = access == nil ? texts("workspaces.new") : texts("workspaces.settings")
        var crumbs: [(String, String)] = [(texts("workspaces.title"), "/workspaces")]
        if let access { crumbs.append((access.workspace.name, path(access.workspaceID))) }
        let action = access.map { path($0.workspaceID) + "/edit" } ?? "/workspaces"
        return try await Page(request: req, title: title, breadcrumbs: crumbs, status: status, bodyClass: "narrow").response { context in
            el("h1") { title }
            form.summary()
            postForm(action, context) {
                if access != nil { el("input", .type("hidden"), .name("version"), .value(state.text("version"))) }
                form.text("name", label: texts("field.organisationName"), required: true, maxLength: 200)
                form.textArea("description", label: texts("field.description"), maxLength: 5000)
                addressFields(form, texts)
                positionFields(form, texts, hint: texts("hint.workspacePosition"))
                el("button", .type("submit"), .class("button primary")) { access == nil ? texts("workspaces.create") : texts("action.save") }
            }
            if let access {
                el("section", .class("panel")) {
                    el("h2") { texts("workspaces.logo") }
                    if access.workspace.logoData != nil {
                        el("img", Attribute("src", path(access.workspaceID) + "/logo"), Attribute("alt", texts("workspaces.logoAlt", ["name": access.workspace.name])), .class("logo-preview"))
                        actionButton(path(access.workspaceID) + "/logo/delete", context, label: texts("workspaces.removeLogo"),
                                     hidden: [("version", String(access.workspace.version))])
                    }
                    el("form", Attribute("method", "post"), Attribute("action", path(access.workspaceID) + "/logo"), Attribute("enctype", "multipart/form-data")) {
                        csrfField(context.csrfToken)
                        el("input", .type("hidden"), .name("version"), .value(String(access.workspace.version)))
                        el("div", .class(state.error("logo") == nil ? "field" : "field has-error")) {
                            el("label", Attribute("for", "field-logo")) { texts("workspaces.logoUpload") }
                            el("p", .class("hint")) { texts("hint.logo") }
                            if let error = state.error("logo") { el("p", .class("field-error")) { texts(error) } }
                            el("input", .type("file"), .name("logo"), .id("field-logo"), Attribute("accept", "image/png,image/jpeg,image/webp"))
                        }
                        el("button", .type("submit"), .class("button secondary")) { texts("workspaces.uploadLogo") }
                    }
                }
                el("section", .class("panel danger")) {
                    el("h2") { texts("workspaces.dangerZone") }
                    el("a", .class("button danger"), .href(path(access.workspaceID) + "/delete")) { texts("workspaces.delete") }
                }
            }
        }
    }

    static func show(_ req: Request, access: WorkspaceAccess, maps: [MapModel], actorCounts: [UUID: Int], memberCount: Int) async throws -> Response {
        let texts = req.texts
        let workspace = access.workspace
        let base = path(access.workspaceID)
        return try await Page(request: req, title: workspace.name, breadcrumbs: [(texts("workspaces.title"), "/workspaces")]).response { _ in
            el("div", .class("page-heading")) {
                if workspace.logoData != nil {
                    el("img", Attribute("src", base + "/logo"), Attribute("alt", ""), .class("logo"))
                }
                el("h1") { workspace.name }
                el("span", .class("badge")) { texts("role.\(access.role.rawValue)") }
            }
            if !workspace.description.isEmpty { el("p", .class("lead pre-line")) { workspace.description } }
            let address = workspace.draft.address.singleLine
            if !address.isEmpty { el("p", .class("meta")) { address } }
            el("nav", .class("toolbar"), .aria("label", texts("workspaces.sections"))) {
                el("a", .href(base + "/members")) { texts("members.title") + " (\(memberCount))" }
                el("a", .href(base + "/symbols")) { texts("symbols.title") }
                if access.role.canManage { el("a", .href(base + "/edit")) { texts("workspaces.settings") } }
            }
            el("section") {
                el("div", .class("section-heading")) {
                    el("h2") { texts("maps.title") }
                    if access.role.canEdit { el("a", .class("button primary"), .href(base + "/maps/new")) { texts("maps.new") } }
                }
                if maps.isEmpty {
                    el("p", .class("empty")) { texts(access.role.canEdit ? "maps.emptyEditor" : "maps.emptyViewer") }
                } else {
                    el("ul", .class("cards")) {
                        for map in maps {
                            el("li", .class("card")) {
                                el("h3") { el("a", .href(MapViews.path(map.id ?? UUID()))) { map.title } }
                                el("p", .class("meta")) { texts("maps.actorCount", ["count": String(actorCounts[map.id ?? UUID()] ?? 0)]) }
                                if !map.focus.isEmpty { el("p") { texts("field.focus") + ": " + String(map.focus.prefix(160)) } }
                            }
                        }
                    }
                }
            }
        }
    }

    static func confirmDelete(_ req: Request, access: WorkspaceAccess, state: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        let texts = req.texts
        let form = FormBuilder(state: state, texts: texts)
        let base = path(access.workspaceID)
        return try await Page(request: req, title: texts("workspaces.delete"),
                              breadcrumbs: [(texts("workspaces.title"), "/workspaces"), (access.workspace.name, base)],
                              status: status, bodyClass: "narrow").response { context in
            el("h1") { texts("workspaces.delete") }
            el("p", .class("warning")) { texts("workspaces.deleteWarning", ["name": access.workspace.name]) }
            form.summary()
            postForm(base + "/delete", context) {
                el("input", .type("hidden"), .name("version"), .value(String(access.workspace.version)))
                form.text("confirmName", label: texts("workspaces.confirmName", ["name": access.workspace.name]), required: true)
                el("button", .type("submit"), .class("button danger")) { texts("workspaces.deleteForever") }
                " "
                el("a", .href(base)) { texts("action.cancel") }
            }
        }
    }
}
