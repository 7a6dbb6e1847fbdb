/**
 * The look of actors on the map: a disc in the layer's colour with the symbol's glyph
 * (our own SVG), the same drawing the server makes for lists and exports; clusters of
 * markers when zoomed out.
 */

/** Black or white, whichever reads better on `hex` (WCAG relative luminance). */
export function inkFor(hex) {
  const channel = (offset) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return luminance > 0.179 ? '#000000' : '#ffffff';
}

const safeColour = (colour) => (/^#[0-9a-f]{6}$/i.test(colour) ? colour : '#6c757d');

/**
 * The SVG markup of a marker. `glyph` is trusted markup from our own symbol catalogue (a
 * workspace's own symbols are escaped letters); the colour is checked.
 */
export function markerSVG(glyph, colour, size = 30) {
  const fill = safeColour(colour);
  const ink = inkFor(fill);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32" aria-hidden="true" focusable="false">`
    + `<circle cx="16" cy="16" r="15" fill="${fill}" stroke="#ffffff" stroke-width="2"/>`
    + `<g transform="translate(5 5) scale(0.9167)" fill="none" stroke="${ink}" color="${ink}" stroke-width="2" `
    + `stroke-linecap="round" stroke-linejoin="round">${glyph || ''}</g></svg>`;
}

/** A Leaflet icon for an actor. */
export function actorIcon(L, glyph, colour, status) {
  return L.divIcon({
    html: markerSVG(glyph, colour),
    className: `bk-marker bk-status-${status || 'current'}`,
    iconSize: [30, 30],
    iconAnchor: [15, 15],
  });
}

/** The icon of the organisation at the centre. */
export function organisationIcon(L) {
  return L.divIcon({
    html: '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" viewBox="0 0 40 40" aria-hidden="true" focusable="false">'
      + '<circle cx="20" cy="20" r="18" fill="#1f5f8b" stroke="#ffffff" stroke-width="3"/>'
      + '<circle cx="20" cy="20" r="11" fill="none" stroke="#ffffff" stroke-opacity="0.6" stroke-width="2"/>'
      + '<circle cx="20" cy="20" r="5" fill="#ffffff"/></svg>',
    className: 'bk-organisation',
    iconSize: [40, 40],
    iconAnchor: [20, 20],
  });
}

/** Cluster icons of our own: a count in a circle sized by how many it holds. */
export function clusterIcon(L, cluster) {
  const count = cluster.getChildCount();
  const size = count < 10 ? 'small' : count < 100 ? 'medium' : 'large';
  const span = document.createElement('span');
  span.textContent = String(count);
  const dimension = size === 'small' ? 34 : size === 'medium' ? 40 : 48;
  return L.divIcon({
    html: span.outerHTML,
    className: `bk-cluster bk-cluster-${size}`,
    iconSize: [dimension, dimension],
  });
}
