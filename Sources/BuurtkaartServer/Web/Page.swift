import BuurtkaartCore
import Vapor

/// The frame every HTML page shares: header with the workspaces link and the account menu,
/// the language links, breadcrumbs, notices, and the content.
struct Page {
    let request: Request
    let title: String
    var breadcrumbs: [(label: String, href: String)] = []
    var status: HTTPResponseStatus = .ok
    /// Page modules under `/js/`, loaded as ES modules; the page works without them.
    var scripts: [String] = []
    var bodyClass: String = ""
    /// Whether the page may hold a form. A page without one (the home page, an error page)
    /// starts no session for an anonymous visitor, so crawlers leave no rows behind.
    var hasForms = true
    /// Extra elements of the head: style sheets and classic scripts a page needs.
    var headExtras: [Node] = []
    /// Extra origins the page loads scripts and styles from (a CDN when Leaflet is not installed).
    var extraOrigins: [String] = []

    var texts: Texts { request.texts }

    /// Renders the page around `content`. The CSRF token of the session (started if needed)
    /// is available to forms through `PageContext`.
    func response(@HTMLBuilder content: (PageContext) -> [Node]) async throws -> Response {
        let session = hasForms || request.currentUser != nil ? try await request.ensureSession() : request.session
        let context = PageContext(texts: texts, csrfToken: session?.csrfToken ?? "", user: request.currentUser, path: request.url.path)
        let body = content(context)
        let document = Node.group([
            .raw("<!doctype html>"),
            el("html", Attribute("lang", texts.language.rawValue)) {
                head
                el("body", attributes: bodyClass.isEmpty ? [] : [.class(bodyClass)]) {
                    el("a", .class("skip-link"), .href("#main")) { texts("nav.skipToContent") }
                    header(context)
                    el("main", .id("main"), .class("page")) {
                        if !breadcrumbs.isEmpty { breadcrumbTrail }
                        notice
                        body
                    }
                    footer
                }
            },
        ])
        let response = Response(status: status)
        response.headers.contentType = .html
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        response.headers.replaceOrAdd(name: .contentLanguage, value: texts.language.rawValue)
        response.headers.replaceOrAdd(name: "Content-Security-Policy", value: SecurityHeaders.contentSecurityPolicy(extraOrigins: extraOrigins))
        response.body = .init(string: document.rendered)
        return response
    }

    private var head: Node {
        el("head") {
            el("meta", Attribute("charset", "utf-8"))
            el("meta", .name("viewport"), Attribute("content", "width=device-width, initial-scale=1"))
            el("title") { title + " · Buurtkaart" }
            el("link", Attribute("rel", "stylesheet"), .href("/css/app.css"))
            el("link", Attribute("rel", "icon"), .href("/icons/buurtkaart.svg"), .type("image/svg+xml"))
            headExtras
            for script in scripts {
                el("script", .type("module"), Attribute("src", "/js/\(script)"))
            }
        }
    }

    private func header(_ context: PageContext) -> Node {
        el("header", .class("site-header")) {
            el("a", .class("brand"), .href("/")) {
                el("img", Attribute("src", "/icons/buurtkaart.svg"), Attribute("alt", ""), Attribute("width", "28"), Attribute("height", "28"))
                el("span") { "Buurtkaart" }
            }
            el("nav", .class("site-nav"), .aria("label", texts("nav.main"))) {
                if let user = context.user {
                    el("a", .href("/workspaces")) { texts("nav.workspaces") }
                    el("a", .href("/account"), Attribute("title", user.email)) { user.displayName }
                    el("form", Attribute("method", "post"), Attribute("action", "/logout"), .class("inline")) {
                        csrfField(context.csrfToken)
                        el("button", .type("submit"), .class("link-button")) { texts("nav.signOut") }
                    }
                } else {
                    el("a", .href("/login")) { texts("nav.signIn") }
                    el("a", .href("/signup")) { texts("nav.signUp") }
                }
            }
        }
    }

    private var breadcrumbTrail: Node {
        el("nav", .class("breadcrumbs"), .aria("label", texts("nav.breadcrumbs"))) {
            el("ol") {
                for crumb in breadcrumbs {
                    el("li") { el("a", .href(crumb.href)) { crumb.label } }
                }
                el("li", .aria("current", "page")) { title }
            }
        }
    }

    /// A notice after a redirect (`?notice=actorSaved`); only keys of the `notice.` family.
    private var notice: Node {
        guard let key = request.query[String.self, at: "notice"], key.allSatisfy({ $0.isLetter }),
              Localizer.table(for: .english)["notice.\(key)"] != nil
        else { return .group([]) }
        return el("p", .class("notice"), Attribute("role", "status")) { texts("notice.\(key)") }
    }

    private var footer: Node {
        let here = request.url.path + (request.url.query.map { "?" + $0 } ?? "")
        return el("footer", .class("site-footer")) {
            el("nav", .class("languages"), .aria("label", texts("nav.language"))) {
                for language in Language.allCases {
                    if language == texts.language {
                        el("span", .aria("current", "true"), Attribute("lang", language.rawValue)) { language.nativeName }
                    } else {
                        el("a", .href("/language/\(language.rawValue)?next=\(percentEncode(here))"), Attribute("lang", language.rawValue), Attribute("hreflang", language.rawValue)) {
                            language.nativeName
                        }
                    }
                }
            }
            el("p") { texts("footer.tagline") }
        }
    }
}

/// What the content of a page needs from its frame.
struct PageContext {
    let texts: Texts
    let csrfToken: String
    let user: CurrentUser?
    let path: String
}

func csrfField(_ token: String) -> Node {
    el("input", .type("hidden"), .name(CSRFMiddleware.fieldName), .value(token))
}

func percentEncode(_ text: String) -> String {
    text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~/"))) ?? ""
}

/// A local path to return to after signing in or switching language; anything that could
/// lead off the site is replaced by `/`.
func safeReturnPath(_ candidate: String?) -> String {
    guard let candidate, candidate.hasPrefix("/"), !candidate.hasPrefix("//"), !candidate.contains("\\"),
          !candidate.contains("\r"), !candidate.contains("\n")
    else { return "/" }
    return candidate
}

import Foundation
