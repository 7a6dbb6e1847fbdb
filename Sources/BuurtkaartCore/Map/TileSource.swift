/// Where the map's background tiles come from, and the credit their provider asks for.
public struct TileSource: Sendable, Hashable {
    public enum Service: String, Sendable { case xyz, wms }

    public var service: Service
    /// An XYZ template with {z}, {x}, {y} (and optionally {s}), or a WMS endpoint.
    public var url: String
    /// For WMS: the layer to draw.
    public var wmsLayer: String
    public var attribution: String
    /// The address the attribution links to.
    public var attributionURL: String
    public var maximumZoom: Int

    public init(service: Service = .xyz, url: String, wmsLayer: String = "", attribution: String, attributionURL: String, maximumZoom: Int) {
        self.service = service
        self.url = url
        self.wmsLayer = wmsLayer
        self.attribution = attribution
        self.attributionURL = attributionURL
        self.maximumZoom = maximumZoom
    }
}

extension BaseMap {
    /// The tiles of this base map. UrbIS draws its street names in the reader's language
    /// (Dutch or French); a custom base map uses the map's own address and credit.
    public func tileSource(language: Language, customURL: String = "", customAttribution: String = "") -> TileSource {
        switch self {
        case .openStreetMap, .custom where customURL.isEmpty:
            return TileSource(
                url: "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
                attribution: "© OpenStreetMap", attributionURL: "https://www.openstreetmap.org/copyright", maximumZoom: 19
            )
        case .brusselsUrbis:
            return TileSource(
                service: .wms, url: "https://geoservices-urbis.irisnet.be/geoserver/ows",
                wmsLayer: language == .french ? "urbisFR" : "urbisNL",
                attribution: "Brussels UrbIS® © CIRB-CIBG", attributionURL: "https://datastore.brussels/", maximumZoom: 20
            )
        case .flandersGRB:
            return TileSource(
                url: "https://geo.api.vlaanderen.be/GRB/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=grb_bsk&STYLE="
                    + "&FORMAT=image/png&TILEMATRIXSET=GoogleMapsVL&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}",
                attribution: "© Digitaal Vlaanderen (GRB)", attributionURL: "https://www.vlaanderen.be/digitaal-vlaanderen", maximumZoom: 20
            )
        case .netherlandsPDOK:
            return TileSource(
                url: "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png",
                attribution: "Kaartgegevens © Kadaster", attributionURL: "https://www.kadaster.nl/", maximumZoom: 19
            )
        case .custom:
            return TileSource(url: customURL, attribution: customAttribution, attributionURL: "", maximumZoom: 20)
        }
    }
}
