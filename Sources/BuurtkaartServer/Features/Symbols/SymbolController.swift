import BuurtkaartCore
import Fluent
import Vapor

/// Symbol images, the catalogue page of a workspace and its own symbols (HTML and API).
struct SymbolController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let workspaceSymbols = routes.grouped("workspaces", ":workspaceID", "symbols")
        workspaceSymbols.get(use: index)
        workspaceSymbols.post(use: create)
        workspaceSymbols.post(":symbolID", "delete", use: delete)
        workspaceSymbols.get(":symbolID", "image", use: customImage)
    }

    func index(req: Request) async throws -> Response {
        let access = try await req.workspaceAccess(try req.uuidParameter("workspaceID"), requiring: .viewer)
        let custom = try await SymbolStore.custom(workspaceID: access.workspaceID, on: req.db)
        return try await SymbolViews.index(req, access: access, custom: custom, state: FormState(values: ["cluster": .string("others")]))
    }

    func create(req: Request) async throws -> Response {
        let access = try await req.workspaceAccess(try req.uuidParameter("workspaceID"), requiring: .editor)
        let fields = try await req.formFields()
        do {
            let draft = try CustomSymbolDraft.read(InputReader(fields, mode: .form))
            _ = try await SymbolStore.create(draft, in: access, on: req.db)
            return req.redirect(to: WorkspaceViews.path(access.workspaceID) + "/symbols?notice=symbolCreated")
        } catch let failure as ValidationFailure {
            let custom = try await SymbolStore.custom(workspaceID: access.workspaceID, on: req.db)
            return try await SymbolViews.index(req, access: access, custom: custom, state: FormState(values: fields, failure: failure), status: .unprocessableEntity)
        }
    }

    private func symbol(_ req: Request, _ access: WorkspaceAccess) async throws -> CustomSymbolModel {
        guard let symbol = try await CustomSymbolModel.find(try req.customSymbolParameter(), on: req.db),
              symbol.workspaceID == access.workspaceID
        else { throw AppError.notFound }
        return symbol
    }

    func delete(req: Request) async throws -> Response {
        let access = try await req.workspaceAccess(try req.uuidParameter("workspaceID"), requiring: .editor)
        let symbol = try await symbol(req, access)
        do {
            try await SymbolStore.delete(symbol, expected: try await req.formVersion(), on: req.db)
        } catch AppError.conflict(let message, _) {
            let custom = try await SymbolStore.custom(workspaceID: access.workspaceID, on: req.db)
            return try await SymbolViews.index(req, access: access, custom: custom, state: FormState(message: message), status: .conflict)
        }
        return req.redirect(to: WorkspaceViews.path(access.workspaceID) + "/symbols?notice=symbolDeleted")
    }

    func customImage(req: Request) async throws -> Response {
        let access = try await req.workspaceAccess(try req.uuidParameter("workspaceID"), requiring: .viewer)
        let symbol = try await symbol(req, access)
        return SymbolImage.response(symbol.symbol, request: req, isPublic: false)
    }
}

/// `/symbols/<id>.svg`: the glyphs of the built-in catalogue, public and cacheable.
struct SymbolImageController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("symbols", ":file", use: image)
    }

    func image(req: Request) async throws -> Response {
        guard let file = req.parameters.get("file"), file.hasSuffix(".svg"),
              let symbol = SymbolCatalog.symbol(id: String(file.dropLast(4)))
        else { throw AppError.notFound }
        return SymbolImage.response(symbol, request: req, isPublic: true)
    }
}

enum SymbolImage {
    /// The SVG of a symbol in `?colour=` (a `#rrggbb` colour), or in the text colour.
    static func response(_ symbol: MapSymbol, request: Request, isPublic: Bool) -> Response {
        let colour = request.query[String.self, at: "colour"].flatMap(HexColour.init)?.value ?? "#1f2933"
        let response = Response(status: .ok, body: .init(string: symbol.svgDocument(colour: colour)))
        response.headers.replaceOrAdd(name: .contentType, value: "image/svg+xml")
        response.headers.replaceOrAdd(name: .cacheControl, value: isPublic ? "public, max-age=86400" : "private, max-age=300")
        response.headers.replaceOrAdd(name: .contentSecurityPolicy, value: "default-src 'none'; style-src 'unsafe-inline'")
        return response
    }
}

/// `/api/v1/symbols` and `/api/v1/workspaces/:id/symbols`.
struct SymbolAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("symbols", use: catalogue)
        let workspaceSymbols = routes.grouped("workspaces", ":workspaceID", "symbols")
        workspaceSymbols.get(use: index)
        workspaceSymbols.post(use: create)
        workspaceSymbols.delete(":symbolID", use: delete)
    }

    func catalogue(req: Request) async throws -> [SymbolDTO] {
        SymbolCatalog.symbols.map { SymbolDTO($0) }
    }

    func index(req: Request) async throws -> [SymbolDTO] {
        let access = try await req.workspaceAccess(try req.uuidParameter("workspaceID"), requiring: .viewer)
        let custom = try await SymbolStore.custom(workspaceID: access.workspaceID, on: req.db)
        return SymbolCatalog.symbols.map { SymbolDTO($0) } + custom.map { SymbolDTO($0.symbol, version: $0.version) }
    }

    func create(req: Request) async throws -> Response {
        let access = try await req.workspaceAccess(try req.uuidParameter("workspaceID"), requiring: .editor)
        let draft = try CustomSymbolDraft.read(try InputReader.json(try await req.jsonBody()))
        let model = try await SymbolStore.create(draft, in: access, on: req.db)
        return try await APIResponse.created(SymbolDTO(model.symbol, version: model.version), version: model.version,
                                             location: "/api/v1/workspaces/\(access.workspaceID.uuidString.lowercased())/symbols", for: req)
    }

    func delete(req: Request) async throws -> HTTPStatus {
        let access = try await req.workspaceAccess(try req.uuidParameter("workspaceID"), requiring: .editor)
        guard let symbol = try await CustomSymbolModel.find(try req.customSymbolParameter(), on: req.db),
              symbol.workspaceID == access.workspaceID
        else { throw AppError.notFound }
        try await SymbolStore.delete(symbol, expected: try ETag.expectedVersion(req), on: req.db)
        return .noContent
    }
}

extension Request {
    /// The id of a workspace symbol in the path, written either `<uuid>` or `custom.<uuid>`.
    func customSymbolParameter() throws -> UUID {
        var text = parameters.get("symbolID") ?? ""
        if text.hasPrefix("custom.") { text.removeFirst("custom.".count) }
        guard let id = UUID(uuidString: text) else { throw AppError.notFound }
        return id
    }
}

/// Where the image of a symbol is: the public catalogue glyph, or a workspace's own.
func symbolImageURL(_ symbolID: String, workspaceID: UUID, colour: String? = nil) -> String {
    let query = colour.map { "?colour=" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") } ?? ""
    if symbolID.hasPrefix("custom.") {
        return "/workspaces/\(workspaceID.uuidString.lowercased())/symbols/\(symbolID)/image" + query
    }
    return "/symbols/\(symbolID).svg" + query
}
