import BuurtkaartCore
import Foundation

// Conversions between rows and the domain's values: the only place that knows both.

extension LayerModel {
    var draft: LayerDraft {
        LayerDraft(
            name: name,
            colour: HexColour(colour) ?? Cluster.others.defaultColour,
            symbolID: symbol,
            isVisibleByDefault: isVisibleByDefault
        )
    }

    func apply(_ draft: LayerDraft) {
        name = draft.name
        colour = draft.colour.value
        symbol = draft.symbolID
        isVisibleByDefault = draft.isVisibleByDefault
    }
}

extension MapModel {
    var draft: MapDraft {
        MapDraft(
            title: title,
            description: description,
            focus: focus,
            boundary: boundary.flatMap(JSONValue.parse).flatMap { try? GeometryParser.parse($0, allowed: Geometry.boundaryKinds) }
                .map { geometry in
                    Boundary(shape: boundaryShape.flatMap(Boundary.Shape.init(rawValue:)) ?? Boundary(geometry: geometry).shape,
                             geometry: geometry, name: boundaryName, radius: boundaryRadius)
                },
            baseMap: BaseMap(rawValue: baseMap) ?? .openStreetMap,
            customTileURL: customTileURL,
            customAttribution: customAttribution
        )
    }

    func apply(_ draft: MapDraft) {
        title = draft.title
        description = draft.description
        focus = draft.focus
        boundary = draft.boundary?.geometry.geoJSON
        boundaryShape = draft.boundary?.shape.rawValue
        boundaryName = draft.boundary?.name ?? ""
        boundaryRadius = draft.boundary?.radius
        baseMap = draft.baseMap.rawValue
        customTileURL = draft.customTileURL
        customAttribution = draft.customAttribution
    }
}

extension WorkspaceModel {
    var draft: WorkspaceDraft {
        WorkspaceDraft(
            name: name,
            description: description,
            address: Address(street: street, number: houseNumber, postcode: postcode, municipality: municipality),
            position: latitude.flatMap { latitude in longitude.map { Coordinate(latitude: latitude, longitude: $0) } }
        )
    }

    func apply(_ draft: WorkspaceDraft) {
        name = draft.name
        description = draft.description
        street = draft.address.street
        houseNumber = draft.address.number
        postcode = draft.address.postcode
        municipality = draft.address.municipality
        latitude = draft.position?.latitude
        longitude = draft.position?.longitude
    }
}

extension CustomSymbolModel {
    /// The symbol as markers and pickers show it: the borrowed glyph of a catalogue symbol,
    /// or the mark drawn as letters in a circle.
    var symbol: MapSymbol {
        let glyph: String
        if let base = SymbolCatalog.symbol(id: baseSymbol) {
            glyph = base.glyph
        } else {
            glyph = SymbolCatalog.letterGlyph(mark)
        }
        return MapSymbol(
            id: "custom.\((id ?? UUID()).uuidString.lowercased())",
            cluster: Cluster(rawValue: cluster) ?? .others,
            names: [.dutch: nameDutch, .french: nameFrench, .english: nameEnglish],
            glyph: glyph
        )
    }
}
