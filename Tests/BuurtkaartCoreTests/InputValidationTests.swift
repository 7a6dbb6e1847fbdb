import Foundation
import Testing
@testable import BuurtkaartCore

@Suite("Reading actors, layers, maps and workspaces from input")
struct InputValidationTests {
    let layerID = UUID()

    func readActor(_ json: String) throws(ValidationFailure) -> ActorDraft {
        guard let value = JSONValue.parse(Data(json.utf8)) else { throw ValidationFailure(field: "", "error.json.malformed") }
        let layerID = self.layerID
        return try ActorDraft.read(try InputReader.json(value), symbols: SymbolLookup(), defaultSymbol: { $0 == layerID ? "welfare.pharmacy" : nil })
    }

    func fields(of failure: ValidationFailure) -> [String] { failure.errors.map(\.field).sorted() }

    @Test("a complete actor is read with all its fields")
    func completeActor() throws {
        let draft = try readActor("""
        {"layerId": "\(layerID.uuidString)", "name": "  Huisartsenpraktijk De Sluis ", "kind": "service",
         "symbol": "welfare.generalPractitioner", "geometry": {"type": "Point", "coordinates": [4.3355, 50.851]},
         "address": {"street": "Scheikundestraat", "number": "34", "postcode": "1080", "municipality": "Molenbeek"},
         "phone": "+32 2 123 45 67", "email": "Info@Example.org", "website": "www.example.org/sluis",
         "description": "Line one\\nLine two", "teamNotes": "Ask for Dr. M.", "formality": "formal", "status": "dormant",
         "isSensitive": false, "isKeyFigure": true, "keyFigureNetworks": "parents",
         "evaluation": {"ring": 2, "reciprocity": "mutual", "influence": "high", "tone": "constructive",
                        "collaborations": ["referral", "recruitment"], "lastContact": "2026-02-28"}}
        """)
        #expect(draft.name == "Huisartsenpraktijk De Sluis")
        #expect(draft.kind == .service)
        #expect(draft.geometry == .point(Coordinate(latitude: 50.851, longitude: 4.3355)))
        #expect(draft.email == "info@example.org")
        #expect(draft.website == "https://www.example.org/sluis")
        #expect(draft.description == "Line one\nLine two")
        #expect(draft.status == .dormant)
        #expect(draft.evaluation == Evaluation(ring: .close, reciprocity: .mutual, influence: .high, tone: .constructive,
                                               collaborations: [.recruitment, .referral], lastContact: CalendarDate("2026-02-28")))
    }

    @Test("an actor without a symbol takes its layer's, and unset fields take their defaults")
    func defaults() throws {
        let draft = try readActor(#"{"layerId": "\#(layerID.uuidString)", "name": "Online groep"}"#)
        #expect(draft.symbolID == "welfare.pharmacy")
        #expect(draft.kind == .organisation && draft.status == .current && draft.formality == .formal)
        #expect(draft.geometry == nil && !draft.isSensitive && draft.evaluation == Evaluation())
    }

    @Test("every wrong field is reported at once, each with its own message")
    func everyProblemAtOnce() {
        let long = String(repeating: "x", count: 201)
        #expect(throws: ValidationFailure.self) { try readActor("{}") }
        do {
            _ = try readActor("""
            {"layerId": "nope", "name": "\(long)", "kind": "dragon", "evaluation": {"ring": 5, "tone": 3, "reciprocity": "both"},
             "email": "not an address", "website": "ftp://x", "isSensitive": "yes", "geometry": {"type": "Point", "coordinates": [200, 10]},
             "colour": "#fff", "phone": "call me"}
            """)
            Issue.record("accepted bad input")
        } catch {
            #expect(fields(of: error) == [
                "colour", "email", "evaluation.reciprocity", "evaluation.ring", "evaluation.tone", "geometry",
                "isSensitive", "kind", "layerId", "name", "phone", "website",
            ])
            #expect(error.message(for: "name")?.key == "error.input.tooLong")
            #expect(error.message(for: "kind")?.key == "error.input.unknownChoice")
            #expect(error.message(for: "evaluation.ring")?.key == "error.input.outOfRange")
            #expect(error.message(for: "evaluation.tone")?.key == "error.input.expectedText")
            #expect(error.message(for: "geometry")?.key == "error.geometry.positionOutOfRange")
            #expect(error.message(for: "colour")?.key == "error.input.unknownField")
        }
    }

    @Test("a name of exactly 200 characters is accepted, one of 201 is not", arguments: [(200, true), (201, false), (0, false)])
    func nameLength(length: Int, accepted: Bool) {
        let name = String(repeating: "é", count: length)
        let result = Result { () throws(ValidationFailure) in try readActor(#"{"layerId": "\#(layerID.uuidString)", "name": "\#(name)"}"#) }
        #expect(((try? result.get()) != nil) == accepted)
    }

    @Test("names with markup are kept exactly as typed")
    func markupIsKept() throws {
        let draft = try readActor(#"{"layerId": "\#(layerID.uuidString)", "name": "<script>alert('x')</script> & co"}"#)
        #expect(draft.name == "<script>alert('x')</script> & co")
    }

    @Test("control characters are refused in one-line texts but newlines are kept in notes")
    func controlCharacters() {
        #expect(throws: ValidationFailure.self) { try readActor(#"{"layerId": "\#(layerID.uuidString)", "name": "a\u0007b"}"#) }
        #expect((try? readActor(#"{"layerId": "\#(layerID.uuidString)", "name": "a", "teamNotes": "x\ny\tz"}"#))?.teamNotes == "x\ny\tz")
    }

    @Test("a form sends texts: checkboxes, numbers with a comma and latitude/longitude fields are understood")
    func formInput() throws {
        let fields: [String: JSONValue] = [
            "layerId": .string(layerID.uuidString), "name": .string("Park"), "isSensitive": .string("true"),
            "latitude": .string("50,851"), "longitude": .string("4.3355"), "evaluation.ring": .string("3"),
            "evaluation.tone": .string(""), "evaluation.collaborations": .array([.string("offer"), .string("referral")]),
            "address.street": .string("Kaai"), "_csrf": .string("token"),
        ]
        let draft = try ActorDraft.read(InputReader(fields, mode: .form), symbols: SymbolLookup(), defaultSymbol: { _ in "publicSpace.park" })
        #expect(draft.isSensitive && !draft.isKeyFigure)
        #expect(draft.geometry == .point(Coordinate(latitude: 50.851, longitude: 4.3355)))
        #expect(draft.evaluation.ring == .neutral && draft.evaluation.tone == nil)
        #expect(draft.evaluation.collaborations == [.offer, .referral])
        #expect(draft.address.street == "Kaai")
    }

    @Test("a latitude without a longitude is refused")
    func halfAPosition() {
        let fields: [String: JSONValue] = ["layerId": .string(layerID.uuidString), "name": .string("x"), "latitude": .string("50.85")]
        #expect(throws: ValidationFailure.self) {
            try ActorDraft.read(InputReader(fields, mode: .form), symbols: SymbolLookup(), defaultSymbol: { _ in "x" })
        }
    }

    @Test("an unknown symbol is refused, a workspace's own symbol is accepted")
    func symbols() throws {
        let custom = "custom.\(UUID().uuidString.lowercased())"
        let value = JSONValue.object(["layerId": .string(layerID.uuidString), "name": .string("x"), "symbol": .string(custom)])
        #expect(throws: ValidationFailure.self) {
            try ActorDraft.read(try InputReader.json(value), symbols: SymbolLookup(), defaultSymbol: { _ in nil })
        }
        let draft = try ActorDraft.read(try InputReader.json(value), symbols: SymbolLookup(customIDs: [custom]), defaultSymbol: { _ in nil })
        #expect(draft.symbolID == custom)
    }

    @Test("an actor read back from its own JSON is the same actor")
    func roundTrip() throws {
        let original = ActorDraft(
            layerID: layerID, name: "Moskee", kind: .organisation, symbolID: "religion.mosque",
            geometry: .polygon([[Coordinate(latitude: 50.85, longitude: 4.33), Coordinate(latitude: 50.851, longitude: 4.33),
                                 Coordinate(latitude: 50.851, longitude: 4.331), Coordinate(latitude: 50.85, longitude: 4.33)]]),
            address: Address(street: "Straat", number: "1", postcode: "1080", municipality: "Molenbeek"),
            teamNotes: "notes", status: .potential, isSensitive: true,
            evaluation: Evaluation(ring: .distant, reciprocity: .weGive, influence: .low, tone: .conflictual,
                                   collaborations: [.areaOfWork], lastContact: CalendarDate("2025-12-01"))
        )
        let again = try ActorDraft.read(try InputReader.json(original.jsonValue), symbols: SymbolLookup(), defaultSymbol: { _ in nil })
        #expect(again == original)
    }

    @Test("a merge patch changes the named fields only, and null clears a field")
    func mergePatch() throws {
        let original = ActorDraft(layerID: layerID, name: "A", symbolID: "welfare.pharmacy",
                                  evaluation: Evaluation(ring: .close, tone: .neutral))
        let patch = JSONValue.object(["name": .string("B"), "evaluation": .object(["ring": .null])])
        let patched = try ActorDraft.read(try InputReader.json(original.jsonValue.merging(patch: patch)), symbols: SymbolLookup(),
                                          defaultSymbol: { _ in nil })
        #expect(patched.name == "B")
        #expect(patched.evaluation.ring == nil && patched.evaluation.tone == .neutral)
    }

    @Test("a workspace needs a name; its position is within the earth")
    func workspace() throws {
        #expect(throws: ValidationFailure.self) { try WorkspaceDraft.read(try InputReader.json(.object([:]))) }
        #expect(throws: ValidationFailure.self) {
            try WorkspaceDraft.read(try InputReader.json(.object(["name": .string("x"), "latitude": .number(91), "longitude": .number(4)])))
        }
        let draft = try WorkspaceDraft.read(try InputReader.json(.object(["name": .string("vzw"), "latitude": .number(50.85), "longitude": .number(4.33)])))
        #expect(draft.position == Coordinate(latitude: 50.85, longitude: 4.33))
    }

    @Test("a map's own tiles need a tile address")
    func mapTiles() throws {
        #expect(throws: ValidationFailure.self) {
            try MapDraft.read(try InputReader.json(.object(["title": .string("x"), "baseMap": .string("custom")])))
        }
        #expect(throws: ValidationFailure.self) {
            try MapDraft.read(try InputReader.json(.object(["title": .string("x"), "baseMap": .string("custom"), "customTileURL": .string("javascript:alert(1)")])))
        }
        let draft = try MapDraft.read(try InputReader.json(.object([
            "title": .string("x"), "baseMap": .string("custom"), "customTileURL": .string("https://tiles.example.org/{z}/{x}/{y}.png"),
        ])))
        #expect(draft.baseMap == .custom)
    }

    @Test("a layer's colour is #rrggbb and its symbol exists", arguments: [("#1971C2", true), ("#abc", true), ("blue", false), ("#12345", false)])
    func layerColour(colour: String, accepted: Bool) {
        let value = JSONValue.object(["name": .string("Laag"), "colour": .string(colour), "symbol": .string("welfare.pharmacy")])
        let draft = try? LayerDraft.read(try InputReader.json(value), symbols: SymbolLookup())
        #expect((draft != nil) == accepted)
    }

    @Test("a new account needs a plausible address and a password of ten characters that is not the address")
    func accounts() {
        func read(_ email: String, _ password: String) -> [String] {
            let fields: [String: JSONValue] = ["email": .string(email), "displayName": .string("An"), "password": .string(password)]
            do { _ = try AccountDraft.read(InputReader(fields, mode: .form)); return [] } catch { return error.errors.map(\.field) }
        }
        #expect(read("an@example.org", "lang genoeg wachtwoord") == [])
        #expect(read("an.example.org", "lang genoeg wachtwoord") == ["email"])
        #expect(read("an@example.org", "kort") == ["password"])
        #expect(read("an@example.org", String(repeating: "€", count: 30)) == ["password"])
        #expect(read("longname@example.org", "LONGNAME@example.org") == ["password"])
    }
}
