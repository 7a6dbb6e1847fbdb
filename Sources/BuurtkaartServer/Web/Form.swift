import BuurtkaartCore
import Vapor

/// The values and problems of a form being shown: empty for a new thing, the stored values
/// for an edit, or what the person typed together with what is wrong after a refused submit.
struct FormState {
    var values: [String: JSONValue]
    var failure: ValidationFailure?
    /// A message about the form as a whole (a stale version, a refused sign-in).
    var message: LocalizedMessage?

    init(values: [String: JSONValue] = [:], failure: ValidationFailure? = nil, message: LocalizedMessage? = nil) {
        self.values = values
        self.failure = failure
        self.message = message
    }

    /// The text of a field as the form shows it. Nested JSON values (`address.street`) are
    /// found under their flattened names.
    func text(_ name: String) -> String {
        if let value = values[name] { return Self.display(value) }
        let parts = name.split(separator: ".").map(String.init)
        var current: JSONValue? = .object(values)
        for part in parts { current = current?[part] }
        return current.map(Self.display) ?? ""
    }

    /// Every value of a multi-valued field (checkboxes).
    func texts(_ name: String) -> [String] {
        var value = values[name]
        if value == nil {
            var current: JSONValue? = .object(values)
            for part in name.split(separator: ".") { current = current?[String(part)] }
            value = current
        }
        switch value {
        case .array(let items)?: return items.map(Self.display)
        case let item?: return Self.display(item).split(separator: ",").map(String.init)
        case nil: return []
        }
    }

    func isChecked(_ name: String) -> Bool {
        switch values[name] ?? lookup(name) {
        case .bool(let flag)?: return flag
        case .string(let text)?: return !["", "false", "0", "off"].contains(text)
        default: return false
        }
    }

    private func lookup(_ name: String) -> JSONValue? {
        var current: JSONValue? = .object(values)
        for part in name.split(separator: ".") { current = current?[String(part)] }
        return current
    }

    func error(_ name: String) -> LocalizedMessage? { failure?.message(for: name) }

    private static func display(_ value: JSONValue) -> String {
        switch value {
        case .null: ""
        case .string(let text): text
        case .bool(let flag): flag ? "true" : ""
        case .number(let number): number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .array, .object: value.encodedString()
        }
    }
}

/// Builds the controls of one form with labels, hints and error messages tied to them.
struct FormBuilder {
    let state: FormState
    let texts: Texts

    private func fieldID(_ name: String) -> String {
        "field-" + name.replacingOccurrences(of: ".", with: "-")
    }

    private func describedBy(_ name: String, hint: String?) -> [Attribute] {
        var ids: [String] = []
        if hint != nil { ids.append(fieldID(name) + "-hint") }
        if state.error(name) != nil { ids.append(fieldID(name) + "-error") }
        var attributes: [Attribute] = []
        if !ids.isEmpty { attributes.append(.aria("describedby", ids.joined(separator: " "))) }
        if state.error(name) != nil { attributes.append(.aria("invalid", "true")) }
        return attributes
    }

    private func messages(_ name: String, hint: String?) -> [Node] {
        var nodes: [Node] = []
        if let hint { nodes.append(el("p", .class("hint"), .id(fieldID(name) + "-hint")) { hint }) }
        if let error = state.error(name) {
            nodes.append(el("p", .class("field-error"), .id(fieldID(name) + "-error")) { texts(error) })
        }
        return nodes
    }

    /// A summary of every problem at the top of the form, linking to each field.
    func summary() -> Node {
        var items: [Node] = []
        if let message = state.message {
            items.append(el("li") { texts(message) })
        }
        for error in state.failure?.errors ?? [] {
            items.append(el("li") {
                if error.field.isEmpty {
                    texts(error.message)
                } else {
                    el("a", .href("#" + fieldID(error.field))) { texts(error.message) }
                }
            })
        }
        guard !items.isEmpty else { return .group([]) }
        return el("div", .class("error-summary"), Attribute("role", "alert"), Attribute("tabindex", "-1")) {
            el("h2") { texts("form.problems") }
            el("ul") { items }
        }
    }

    func text(_ name: String, label: String, type: String = "text", required: Bool = false, hint: String? = nil,
              maxLength: Int? = nil, autocomplete: String? = nil, extra: [Attribute] = []) -> Node {
        var attributes: [Attribute] = [.type(type), .name(name), .id(fieldID(name)), .value(state.text(name))]
        if required { attributes.append(.flag("required")) }
        if let maxLength { attributes.append(Attribute("maxlength", String(maxLength))) }
        if let autocomplete { attributes.append(Attribute("autocomplete", autocomplete)) }
        attributes += describedBy(name, hint: hint) + extra
        return el("div", .class(state.error(name) == nil ? "field" : "field has-error")) {
            el("label", Attribute("for", fieldID(name))) {
                label
                if required { el("span", .class("required"), .aria("hidden", "true")) { " *" } }
            }
            messages(name, hint: hint)
            el("input", attributes: attributes)
        }
    }

    func textArea(_ name: String, label: String, hint: String? = nil, rows: Int = 4, maxLength: Int? = nil) -> Node {
        var attributes: [Attribute] = [.name(name), .id(fieldID(name)), Attribute("rows", String(rows))]
        if let maxLength { attributes.append(Attribute("maxlength", String(maxLength))) }
        attributes += describedBy(name, hint: hint)
        return el("div", .class(state.error(name) == nil ? "field" : "field has-error")) {
            el("label", Attribute("for", fieldID(name))) { label }
            messages(name, hint: hint)
            el("textarea", attributes: attributes) { state.text(name) }
        }
    }

    /// A drop-down list; `options` are (value, label) pairs, optionally grouped.
    func select(_ name: String, label: String, options: [(value: String, label: String)], hint: String? = nil,
                groups: [(label: String, options: [(value: String, label: String)])] = []) -> Node {
        let current = state.text(name)
        func option(_ item: (value: String, label: String)) -> Node {
            var attributes: [Attribute] = [.value(item.value)]
            if item.value == current { attributes.append(.flag("selected")) }
            return el("option", attributes: attributes) { item.label }
        }
        return el("div", .class(state.error(name) == nil ? "field" : "field has-error")) {
            el("label", Attribute("for", fieldID(name))) { label }
            messages(name, hint: hint)
            el("select", attributes: [.name(name), .id(fieldID(name))] + describedBy(name, hint: hint)) {
                for item in options { option(item) }
                for group in groups {
                    el("optgroup", Attribute("label", group.label)) {
                        for item in group.options { option(item) }
                    }
                }
            }
        }
    }

    /// A set of radio buttons in a fieldset.
    func radios(_ name: String, legend: String, options: [(value: String, label: String)], hint: String? = nil) -> Node {
        let current = state.text(name)
        return el("fieldset", .class(state.error(name) == nil ? "field choices" : "field choices has-error"), .id(fieldID(name))) {
            el("legend") { legend }
            messages(name, hint: hint)
            for (index, item) in options.enumerated() {
                el("label", .class("choice")) {
                    el("input", attributes: [.type("radio"), .name(name), .value(item.value), .id("\(fieldID(name))-\(index)")]
                        + (item.value == current ? [.flag("checked")] : []))
                    el("span") { item.label }
                }
            }
        }
    }

    /// A set of checkboxes sending one value each under the same name.
    func checkboxes(_ name: String, legend: String, options: [(value: String, label: String)], hint: String? = nil) -> Node {
        let current = Set(state.texts(name))
        return el("fieldset", .class(state.error(name) == nil ? "field choices" : "field choices has-error"), .id(fieldID(name))) {
            el("legend") { legend }
            messages(name, hint: hint)
            for item in options {
                el("label", .class("choice")) {
                    el("input", attributes: [.type("checkbox"), .name(name), .value(item.value)]
                        + (current.contains(item.value) ? [.flag("checked")] : []))
                    el("span") { item.label }
                }
            }
        }
    }

    func checkbox(_ name: String, label: String, hint: String? = nil) -> Node {
        el("div", .class("field checkbox")) {
            el("label", .class("choice")) {
                el("input", attributes: [.type("checkbox"), .name(name), .value("true"), .id(fieldID(name))]
                    + (state.isChecked(name) ? [.flag("checked")] : []) + describedBy(name, hint: hint))
                el("span") { label }
            }
            messages(name, hint: hint)
        }
    }
}

/// A form that posts to `action` with the CSRF token.
func postForm(_ action: String, _ context: PageContext, attributes: [Attribute] = [], @HTMLBuilder content: () -> [Node]) -> Node {
    el("form", attributes: [Attribute("method", "post"), Attribute("action", action)] + attributes) {
        csrfField(context.csrfToken)
        content()
    }
}

/// A single button that posts to `action`, for actions such as delete or move.
func actionButton(_ action: String, _ context: PageContext, label: String, style: String = "secondary",
                  hidden: [(String, String)] = [], accessibleLabel: String? = nil) -> Node {
    postForm(action, context, attributes: [.class("inline")]) {
        for (name, value) in hidden {
            el("input", .type("hidden"), .name(name), .value(value))
        }
        el("button", attributes: [.type("submit"), .class("button \(style)")]
            + (accessibleLabel.map { [Attribute("aria-label", $0)] } ?? [])) { label }
    }
}

/// A table that scrolls sideways inside its own box when it is wider than the screen.
func dataTable(_ classes: String, @HTMLBuilder content: () -> [Node]) -> Node {
    el("div", .class("table-wrap")) {
        el("table", .class(classes)) { content() }
    }
}
