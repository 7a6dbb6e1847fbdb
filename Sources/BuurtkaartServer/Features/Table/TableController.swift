import BuurtkaartCore
import Fluent
import Vapor

/// The data table of a map's actors (of one layer, or all): sortable and filterable columns
/// in plain HTML, cells editable in place when scripts run, and a CSV download of what is
/// shown.
struct TableController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("maps", ":mapID", "table", use: table)
        routes.get("maps", ":mapID", "export.csv", use: csv)
    }

    func table(req: Request) async throws -> Response {
        let (map, access) = try await req.mapAccess(try req.uuidParameter("mapID"), requiring: .viewer)
        let mapID = map.id ?? UUID()
        let filter = (try? ActorFilter.parse(req.url.query, strict: false)) ?? ActorFilter()
        let layers = try await MapStore.layers(of: mapID, on: req.db)
        let page = try await ActorStore.list(mapID: mapID, filter: filter, on: req.db)
        let symbols = try await SymbolStore.all(workspaceID: map.workspaceID, on: req.db)
        return try await TableViews.table(req, map: map, access: access, layers: layers, page: page, filter: filter, symbols: symbols)
    }

    /// Every actor the filter selects (not just one page), one row each.
    func csv(req: Request) async throws -> Response {
        let (map, _) = try await req.mapAccess(try req.uuidParameter("mapID"), requiring: .viewer)
        let mapID = map.id ?? UUID()
        var filter = (try? ActorFilter.parse(req.url.query, strict: false)) ?? ActorFilter()
        filter.offset = 0
        filter.limit = 1_000_000
        let layers = try await MapStore.layers(of: mapID, on: req.db)
        let symbols = try await SymbolStore.all(workspaceID: map.workspaceID, on: req.db)
        let page = try await ActorStore.list(mapID: mapID, filter: filter, on: req.db)
        let text = ActorCSV.write(page.actors, layers: layers, symbols: symbols, language: req.language)
        let response = Response(status: .ok, body: .init(string: text))
        response.headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        let name = ActorCSV.fileName(for: map.title)
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(name).csv\"")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}

/// The actors of a map as CSV, in the reader's language, for a spreadsheet.
enum ActorCSV {
    static func write(_ actors: [ActorRecord], layers: [LayerModel], symbols: [String: MapSymbol], language: Language) -> String {
        let texts = Texts(language: language)
        let layerNames = Dictionary(layers.compactMap { layer in layer.id.map { ($0, layer.name) } }, uniquingKeysWith: { first, _ in first })
        var writer = CSVWriter(separator: CSVWriter.separator(for: language))
        writer.row([
            "id", texts("field.name"), texts("field.layer"), texts("field.kind"), texts("field.symbol"), texts("field.status"),
            texts("field.formality"), texts("field.isSensitive"), texts("field.isKeyFigure"), texts("field.keyFigureNetworks"),
            texts("field.ring"), texts("field.reciprocity"), texts("field.influence"), texts("field.tone"),
            texts("field.collaborations"), texts("field.lastContact"), texts("field.street"), texts("field.number"),
            texts("field.postcode"), texts("field.municipality"), texts("field.latitude"), texts("field.longitude"),
            texts("field.phone"), texts("field.email"), texts("field.website"), texts("field.description"),
            texts("field.teamNotes"), texts("csv.updatedAt"), texts("csv.version"),
        ])
        let yes = texts("csv.yes"), no = texts("csv.no")
        for actor in actors {
            let draft = actor.draft
            let point = draft.geometry?.representativePoint
            let evaluation = draft.evaluation
            writer.row([
                actor.id.text, actor.name, layerNames[actor.layerID] ?? "", texts(draft.kind.messageKey),
                symbols[actor.symbol]?.name(in: language) ?? actor.symbol, texts(draft.status.messageKey),
                texts(draft.formality.messageKey), actor.isSensitive ? yes : no, actor.isKeyFigure ? yes : no, actor.keyFigureNetworks,
                evaluation.ring.map { String($0.rawValue) } ?? "", evaluation.reciprocity.map { texts($0.messageKey) } ?? "",
                evaluation.influence.map { texts($0.messageKey) } ?? "", evaluation.tone.map { texts($0.messageKey) } ?? "",
                evaluation.collaborations.map { texts($0.messageKey) }.joined(separator: ", "),
                evaluation.lastContact?.description ?? "", actor.street, actor.houseNumber, actor.postcode, actor.municipality,
                point.map { String(format: "%.6f", $0.latitude) } ?? "", point.map { String(format: "%.6f", $0.longitude) } ?? "",
                actor.phone, actor.email, actor.website, actor.description, actor.teamNotes,
                actor.updatedAt.map(iso8601) ?? "", String(actor.version),
            ])
        }
        return writer.text
    }

    /// A file name made of the map's title: letters, digits and dashes.
    static func fileName(for title: String) -> String {
        let folded = title.folding(options: [.diacriticInsensitive], locale: nil)
        let cleaned = folded.map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
            .split(separator: "-").joined(separator: "-")
        return cleaned.isEmpty ? "buurtkaart" : String(cleaned.prefix(60))
    }
}
