import Foundation

/// What a person gives to create or change an actor or place on a map: who or what it is,
/// where, how to reach it, and how the organisation's relation with it is evaluated.
public struct ActorDraft: Sendable, Hashable {
    public var layerID: UUID
    public var name: String
    public var kind: ActorKind
    public var symbolID: String
    /// A point, a line or a polygon; none for an actor without a place (an online group).
    public var geometry: Geometry?
    public var address: Address
    public var phone: String
    public var email: String
    public var website: String
    public var description: String
    /// Notes for the team only: never shown through a public link or export.
    public var teamNotes: String
    public var formality: Formality
    public var status: ActorStatus
    /// Sensitive actors (a dealer, a person in a vulnerable situation) never leave the team.
    public var isSensitive: Bool
    /// A sleutelfiguur: a person who opens the way to other people or networks.
    public var isKeyFigure: Bool
    /// For key figures: the networks or communities they open.
    public var keyFigureNetworks: String
    public var evaluation: Evaluation

    public init(
        layerID: UUID, name: String, kind: ActorKind = .organisation, symbolID: String,
        geometry: Geometry? = nil, address: Address = Address(), phone: String = "", email: String = "",
        website: String = "", description: String = "", teamNotes: String = "",
        formality: Formality = .formal, status: ActorStatus = .current, isSensitive: Bool = false,
        isKeyFigure: Bool = false, keyFigureNetworks: String = "", evaluation: Evaluation = Evaluation()
    ) {
        self.layerID = layerID
        self.name = name
        self.kind = kind
        self.symbolID = symbolID
        self.geometry = geometry
        self.address = address
        self.phone = phone
        self.email = email
        self.website = website
        self.description = description
        self.teamNotes = teamNotes
        self.formality = formality
        self.status = status
        self.isSensitive = isSensitive
        self.isKeyFigure = isKeyFigure
        self.keyFigureNetworks = keyFigureNetworks
        self.evaluation = evaluation
    }

    public static let fields: Set<String> = [
        "layerId", "name", "kind", "symbol", "geometry", "address", "phone", "email", "website",
        "description", "teamNotes", "formality", "status", "isSensitive", "isKeyFigure",
        "keyFigureNetworks", "evaluation",
    ]
    static let evaluationFields: Set<String> = ["ring", "reciprocity", "influence", "tone", "collaborations", "lastContact"]

    /// Reads an actor. `defaultSymbol` gives the symbol of an actor that names none (its
    /// layer's); `symbols` says which symbol ids exist.
    public static func read(
        _ reader: InputReader, symbols: SymbolLookup, defaultSymbol: (UUID) -> String?
    ) throws(ValidationFailure) -> ActorDraft {
        if reader.mode == .json {
            reader.rejectUnknown(known: fields, ignored: readOnlyFields.union(["representativePoint", "layerName"]))
        }
        let layerID = reader.identifier("layerId", required: true)
        let name = reader.text("name", maximumLength: 200, required: true)
        var symbolID = reader.text("symbol", maximumLength: 100)
        if symbolID.isEmpty, let layerID { symbolID = defaultSymbol(layerID) ?? "" }
        if !symbolID.isEmpty && !symbols.contains(symbolID) {
            reader.fail("symbol", "error.input.unknownSymbol", ["symbol": String(symbolID.prefix(100))])
        }
        let draft = ActorDraft(
            layerID: layerID ?? UUID(),
            name: name,
            kind: reader.choice("kind", default: ActorKind.organisation) ?? .organisation,
            symbolID: symbolID,
            geometry: readGeometry(reader),
            address: Address.read(reader, "address"),
            phone: reader.phone("phone"),
            email: reader.email("email"),
            website: reader.webAddress("website"),
            description: reader.text("description", maximumLength: 10_000, multiline: true),
            teamNotes: reader.text("teamNotes", maximumLength: 10_000, multiline: true),
            formality: reader.choice("formality", default: Formality.formal) ?? .formal,
            status: reader.choice("status", default: ActorStatus.current) ?? .current,
            isSensitive: reader.flag("isSensitive", default: false),
            isKeyFigure: reader.flag("isKeyFigure", default: false),
            keyFigureNetworks: reader.text("keyFigureNetworks", maximumLength: 2000, multiline: true),
            evaluation: readEvaluation(reader.object("evaluation"))
        )
        try reader.finish()
        return draft
    }

    /// In JSON the geometry is GeoJSON; a form may give it as GeoJSON text or, for a point,
    /// as separate `latitude` and `longitude` fields.
    private static func readGeometry(_ reader: InputReader) -> Geometry? {
        if reader.mode == .form && !reader.has("geometry") {
            return WorkspaceDraft.readPosition(reader).map(Geometry.point)
        }
        return reader.geometry("geometry", allowed: Geometry.actorKinds)
    }

    private static func readEvaluation(_ reader: InputReader) -> Evaluation {
        if reader.mode == .json { reader.rejectUnknown(known: evaluationFields) }
        var ring: EngagementRing?
        if reader.has("ring") {
            if let number = reader.integer("ring", in: 1...4) { ring = EngagementRing(rawValue: number) }
        }
        return Evaluation(
            ring: ring,
            reciprocity: reader.choice("reciprocity", default: nil as Reciprocity?),
            influence: reader.choice("influence", default: nil as Influence?),
            tone: reader.choice("tone", default: nil as Tone?),
            collaborations: reader.choices("collaborations"),
            lastContact: reader.date("lastContact")
        )
    }

    /// The draft as the JSON input it would be read from; a JSON merge patch applies to it.
    public var jsonValue: JSONValue {
        func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
        return .object([
            "layerId": .string(layerID.uuidString.lowercased()),
            "name": .string(name),
            "kind": .string(kind.rawValue),
            "symbol": .string(symbolID),
            "geometry": geometry?.jsonValue ?? .null,
            "address": address.jsonValue,
            "phone": .string(phone),
            "email": .string(email),
            "website": .string(website),
            "description": .string(description),
            "teamNotes": .string(teamNotes),
            "formality": .string(formality.rawValue),
            "status": .string(status.rawValue),
            "isSensitive": .bool(isSensitive),
            "isKeyFigure": .bool(isKeyFigure),
            "keyFigureNetworks": .string(keyFigureNetworks),
            "evaluation": .object([
                "ring": evaluation.ring.map { .number(Double($0.rawValue)) } ?? .null,
                "reciprocity": optional(evaluation.reciprocity?.rawValue),
                "influence": optional(evaluation.influence?.rawValue),
                "tone": optional(evaluation.tone?.rawValue),
                "collaborations": .array(evaluation.collaborations.map { .string($0.rawValue) }),
                "lastContact": optional(evaluation.lastContact?.description),
            ]),
        ])
    }
}
