import Vapor

/// Every route of the application, grouped by feature. Everything but static files and
/// catalogue glyphs goes through the session and CSRF checks.
func routes(_ app: Application) throws {
    try app.register(collection: SymbolImageController())
    app.get("health") { _ in HTTPStatus.ok }

    let site = app.grouped(SessionMiddleware(), CSRFMiddleware())
    try site.register(collection: AccountController())
    try site.register(collection: WorkspaceController())
    try site.register(collection: MemberController())
    try site.register(collection: MapController())
    try site.register(collection: LayerController())
    try site.register(collection: ActorController())
    try site.register(collection: SymbolController())
    try site.register(collection: PhotoController())
    try site.register(collection: TableController())

    let api = site.grouped("api", "v1")
    try api.register(collection: SessionAPIController())
    try api.register(collection: WorkspaceAPIController())
    try api.register(collection: MemberAPIController())
    try api.register(collection: MapAPIController())
    try api.register(collection: LayerAPIController())
    try api.register(collection: ActorAPIController())
    try api.register(collection: SymbolAPIController())
    try api.register(collection: FeatureAPIController())
    try api.register(collection: GeocodeAPIController())
    try app.register(collection: VendorController())
}
