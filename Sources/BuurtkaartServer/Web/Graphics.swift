import BuurtkaartCore

/// A small square of a colour, drawn as SVG so that the page's strict style policy (no
/// inline styles) still lets it show.
func swatch(_ colour: HexColour, size: Int = 14) -> Node {
    .raw(##"<svg class="swatch" xmlns="http://www.w3.org/2000/svg" width="\##(size)" height="\##(size)" viewBox="0 0 14 14" aria-hidden="true" focusable="false"><rect x="0.5" y="0.5" width="13" height="13" rx="3" fill="\##(colour.value)" stroke="#00000033"/></svg>"##)
}

/// A symbol in its layer's colour, as markers show it.
func marker(_ symbol: MapSymbol, colour: HexColour, size: Int = 28, title: String? = nil) -> Node {
    .raw(symbol.markerSVG(colour: colour, size: size, title: title))
}
