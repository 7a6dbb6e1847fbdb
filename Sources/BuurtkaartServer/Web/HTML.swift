import BuurtkaartCore

/// A piece of an HTML document. Text is always escaped when rendered; only `raw` passes
/// markup through, and it is used for our own SVG and nothing a person typed.
indirect enum Node: Sendable {
    case element(String, [Attribute], [Node])
    case text(String)
    case raw(String)
    case group([Node])

    /// Elements that have no content and no end tag.
    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    func render(into output: inout String) {
        switch self {
        case .text(let text):
            output += escapeHTML(text)
        case .raw(let markup):
            output += markup
        case .group(let nodes):
            for node in nodes { node.render(into: &output) }
        case .element(let name, let attributes, let children):
            output += "<" + name
            for attribute in attributes {
                output += " " + attribute.name
                if let value = attribute.value {
                    output += "=\"" + escapeHTML(value) + "\""
                }
            }
            output += ">"
            guard !Node.voidElements.contains(name) else { return }
            for child in children { child.render(into: &output) }
            output += "</" + name + ">"
        }
    }

    var rendered: String {
        var output = ""
        render(into: &output)
        return output
    }
}

/// An attribute of an element; a `nil` value renders a boolean attribute (`required`).
struct Attribute: Sendable {
    let name: String
    let value: String?

    init(_ name: String, _ value: String?) {
        self.name = name
        self.value = value
    }

    static func `class`(_ value: String) -> Attribute { Attribute("class", value) }
    static func id(_ value: String) -> Attribute { Attribute("id", value) }
    static func href(_ value: String) -> Attribute { Attribute("href", value) }
    static func name(_ value: String) -> Attribute { Attribute("name", value) }
    static func type(_ value: String) -> Attribute { Attribute("type", value) }
    static func value(_ value: String) -> Attribute { Attribute("value", value) }
    static func flag(_ name: String) -> Attribute { Attribute(name, nil) }
    static func aria(_ name: String, _ value: String) -> Attribute { Attribute("aria-\(name)", value) }
    static func data(_ name: String, _ value: String) -> Attribute { Attribute("data-\(name)", value) }
}

/// Escapes the five characters that matter in HTML text and attribute values.
func escapeHTML(_ text: String) -> String {
    guard text.contains(where: { $0 == "<" || $0 == ">" || $0 == "&" || $0 == "\"" || $0 == "'" }) else {
        return text
    }
    return escapeXML(text)
}

@resultBuilder
enum HTMLBuilder {
    static func buildBlock(_ parts: [Node]...) -> [Node] { parts.flatMap { $0 } }
    static func buildExpression(_ node: Node) -> [Node] { [node] }
    static func buildExpression(_ nodes: [Node]) -> [Node] { nodes }
    static func buildExpression(_ text: String) -> [Node] { [.text(text)] }
    static func buildOptional(_ nodes: [Node]?) -> [Node] { nodes ?? [] }
    static func buildEither(first nodes: [Node]) -> [Node] { nodes }
    static func buildEither(second nodes: [Node]) -> [Node] { nodes }
    static func buildArray(_ parts: [[Node]]) -> [Node] { parts.flatMap { $0 } }
}

/// An element with attributes and children.
func el(_ name: String, _ attributes: Attribute..., @HTMLBuilder children: () -> [Node] = { [] }) -> Node {
    .element(name, attributes, children())
}

/// An element with a list of attributes built at run time.
func el(_ name: String, attributes: [Attribute], @HTMLBuilder children: () -> [Node] = { [] }) -> Node {
    .element(name, attributes, children())
}

func group(@HTMLBuilder _ children: () -> [Node]) -> Node { .group(children()) }
