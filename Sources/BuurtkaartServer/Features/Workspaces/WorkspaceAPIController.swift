import BuurtkaartCore
import Fluent
import Vapor

/// `/api/v1/workspaces`: list, read, create, change and delete workspaces.
struct WorkspaceAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let workspaces = routes.grouped("workspaces")
        workspaces.get(use: index)
        workspaces.post(use: create)
        let workspace = workspaces.grouped(":workspaceID")
        workspace.get(use: show)
        workspace.patch(use: update)
        workspace.delete(use: delete)
    }

    func index(req: Request) async throws -> [WorkspaceDTO] {
        let user = try req.requireUser()
        return try await WorkspaceStore.list(for: user.id, on: req.db).map { WorkspaceDTO($0.workspace, role: $0.role) }
    }

    func create(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let draft = try WorkspaceDraft.read(try InputReader.json(try await req.jsonBody()))
        let workspace = try await WorkspaceStore.create(draft, owner: user.id, on: req.db)
        return try await APIResponse.created(WorkspaceDTO(workspace, role: .owner), version: workspace.version,
                                             location: "/api/v1/workspaces/\(workspace.id?.uuidString.lowercased() ?? "")", for: req)
    }

    func show(req: Request) async throws -> Response {
        let access = try await req.workspaceAccess(try req.uuidParameter("workspaceID"), requiring: .viewer)
        return try await APIResponse.ok(WorkspaceDTO(access.workspace, role: access.role), version: access.workspace.version, for: req)
    }

    func update(req: Request) async throws -> Response {
        let access = try await req.workspaceAccess(try req.uuidParameter("workspaceID"), requiring: .owner)
        let expected = try ETag.expectedVersion(req)
        let patch = try await req.jsonBody()
        let current = WorkspaceInput.json(access.workspace.draft)
        let draft = try WorkspaceDraft.read(try InputReader.json(current.merging(patch: patch)))
        try await WorkspaceStore.update(access, draft: draft, expected: expected, on: req.db)
        return try await APIResponse.ok(WorkspaceDTO(access.workspace, role: access.role), version: access.workspace.version, for: req)
    }

    func delete(req: Request) async throws -> HTTPStatus {
        let access = try await req.workspaceAccess(try req.uuidParameter("workspaceID"), requiring: .owner)
        try await WorkspaceStore.delete(access, expected: try ETag.expectedVersion(req), on: req.db)
        return .noContent
    }
}

/// The input form of a workspace, to which a JSON merge patch applies.
enum WorkspaceInput {
    static func json(_ draft: WorkspaceDraft) -> JSONValue {
        var members: [String: JSONValue] = [
            "name": .string(draft.name),
            "description": .string(draft.description),
            "address": draft.address.jsonValue,
        ]
        if let position = draft.position {
            members["latitude"] = .number(position.latitude)
            members["longitude"] = .number(position.longitude)
        }
        return .object(members)
    }
}

/// JSON answers with the `ETag` of the thing's version.
enum APIResponse {
    static func ok<T: Content>(_ value: T, version: Int, for request: Request) async throws -> Response {
        let response = try await value.encodeResponse(for: request)
        response.headers.replaceOrAdd(name: .eTag, value: ETag.value(for: version))
        return response
    }

    static func created<T: Content>(_ value: T, version: Int, location: String, for request: Request) async throws -> Response {
        let response = try await value.encodeResponse(status: .created, for: request)
        response.headers.replaceOrAdd(name: .eTag, value: ETag.value(for: version))
        response.headers.replaceOrAdd(name: .location, value: location)
        return response
    }
}
