import BuurtkaartCore
import Vapor

/// The members page and the page of an invitation link.
enum MemberViews {
    static func roleOptions(_ texts: Texts, including roles: [Role] = Role.allCases.reversed()) -> [(value: String, label: String)] {
        roles.map { ($0.rawValue, texts("role.\($0.rawValue)")) }
    }

    static func index(_ req: Request, access: WorkspaceAccess, members: [MemberStore.Member], invitations: [InvitationModel],
                      inviteState: FormState, newLink: (InvitationModel, String)?, message: LocalizedMessage?,
                      status: HTTPResponseStatus) async throws -> Response {
        let texts = req.texts
        let base = WorkspaceViews.path(access.workspaceID)
        let form = FormBuilder(state: inviteState, texts: texts)
        return try await Page(request: req, title: texts("members.title"),
                              breadcrumbs: [(texts("workspaces.title"), "/workspaces"), (access.workspace.name, base)],
                              status: status).response { context in
            el("h1") { texts("members.title") }
            if let message { el("p", .class("error-summary"), Attribute("role", "alert")) { texts(message) } }
            el("p", .class("hint")) { texts("members.rolesExplained") }
            dataTable("data") {
                el("thead") { el("tr") {
                    el("th", Attribute("scope", "col")) { texts("field.name") }
                    el("th", Attribute("scope", "col")) { texts("field.email") }
                    el("th", Attribute("scope", "col")) { texts("field.role") }
                    el("th", Attribute("scope", "col")) { el("span", .class("visually-hidden")) { texts("table.actions") } }
                } }
                el("tbody") {
                    for member in members {
                        let membershipID = member.membership.id?.uuidString.lowercased() ?? ""
                        let isSelf = member.membership.userID == access.userID
                        el("tr") {
                            el("td") { member.user.displayName + (isSelf ? " (" + texts("members.you") + ")" : "") }
                            el("td") { member.user.email }
                            el("td") {
                                if access.role.canManage {
                                    postForm(base + "/members/\(membershipID)/role", context, attributes: [.class("inline")]) {
                                        el("input", .type("hidden"), .name("version"), .value(String(member.membership.version)))
                                        el("label", .class("visually-hidden"), Attribute("for", "role-\(membershipID)")) {
                                            texts("members.roleOf", ["name": member.user.displayName])
                                        }
                                        el("select", .name("role"), .id("role-\(membershipID)")) {
                                            for option in roleOptions(texts) {
                                                el("option", attributes: [.value(option.value)] + (option.value == member.membership.role ? [.flag("selected")] : [])) { option.label }
                                            }
                                        }
                                        el("button", .type("submit"), .class("button small")) { texts("action.change") }
                                    }
                                } else {
                                    texts("role.\(member.membership.role)")
                                }
                            }
                            el("td") {
                                if isSelf {
                                    actionButton(base + "/members/\(membershipID)/remove", context, label: texts("members.leave"),
                                                 hidden: [("version", String(member.membership.version))])
                                } else if access.role.canManage {
                                    actionButton(base + "/members/\(membershipID)/remove", context, label: texts("members.remove"),
                                                 hidden: [("version", String(member.membership.version))],
                                                 accessibleLabel: texts("members.removeNamed", ["name": member.user.displayName]))
                                }
                            }
                        }
                    }
                }
            }
            if access.role.canManage {
                el("section", .class("panel")) {
                    el("h2") { texts("members.invite") }
                    if let (invitation, link) = newLink {
                        el("div", .class("notice"), Attribute("role", "status")) {
                            el("p") { texts("members.invited", ["email": invitation.email]) }
                            el("label", Attribute("for", "invitation-link")) { texts("members.shareLink") }
                            el("input", .type("text"), .id("invitation-link"), .value(link), Attribute("readonly", nil), .class("copy-field"))
                        }
                    }
                    form.summary()
                    postForm(base + "/members/invite", context) {
                        el("div", .class("row")) {
                            form.text("email", label: texts("field.email"), type: "email", required: true)
                            form.select("role", label: texts("field.role"), options: roleOptions(texts, including: [.editor, .viewer, .owner]))
                        }
                        el("button", .type("submit"), .class("button primary")) { texts("members.sendInvitation") }
                    }
                    if !invitations.isEmpty {
                        el("h3") { texts("members.openInvitations") }
                        el("ul", .class("plain-list")) {
                            for invitation in invitations {
                                el("li") {
                                    invitation.email + " · " + texts("role.\(invitation.role)") + " "
                                    actionButton(base + "/invitations/\(invitation.id?.uuidString.lowercased() ?? "")/revoke", context,
                                                 label: texts("members.revoke"))
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func join(_ req: Request, token: String, invitation: InvitationModel, workspace: WorkspaceModel) async throws -> Response {
        let texts = req.texts
        return try await Page(request: req, title: texts("join.title"), bodyClass: "narrow").response { context in
            el("h1") { texts("join.title") }
            el("p", .class("lead")) { texts("invitations.invitedTo", ["workspace": workspace.name, "role": texts("role.\(invitation.role)")]) }
            if context.user == nil {
                el("p") { texts("join.signInFirst") }
                el("p", .class("actions")) {
                    el("a", .class("button primary"), .href("/login?next=" + percentEncode("/join/" + token))) { texts("nav.signIn") }
                    el("a", .class("button secondary"), .href("/signup")) { texts("nav.signUp") }
                }
            } else {
                postForm("/join/" + token, context) {
                    el("button", .type("submit"), .class("button primary")) { texts("invitations.accept") }
                }
            }
        }
    }
}
