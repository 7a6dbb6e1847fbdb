/**
 * The Leaflet map of the page: tiles (or a plain background when they cannot load), the
 * organisation, the neighbourhood boundary, and the actors: points as markers in clusters,
 * routes and areas as lines and shapes. It tells the page what was clicked and dragged.
 */
import { actorIcon, clusterIcon, organisationIcon } from './markers.js';

export class MapView extends EventTarget {
  /**
   * @param {HTMLElement} element
   * @param {object} data the page data (map, tiles, workspace, layers, symbols)
   * @param {import('./i18n.js').Texts} texts
   */
  constructor(element, data, texts) {
    super();
    this.L = window.L;
    this.data = data;
    this.texts = texts;
    this.element = element;
    /** @type {Map<string, any>} id → marker or shape */
    this.layersByFeature = new Map();
    this.features = new Map();
    this.visible = new Set();
  }

  init() {
    const L = this.L;
    this.element.replaceChildren();
    const position = this.data.workspace.position;
    this.map = L.map(this.element, {
      center: position || [50.8503, 4.3517],
      zoom: position ? 15 : 12,
      zoomControl: true,
      keyboard: true,
      worldCopyJump: true,
    });
    this.addTiles();
    this.clusters = L.markerClusterGroup({
      chunkedLoading: true,
      chunkInterval: 100,
      showCoverageOnHover: false,
      spiderfyOnMaxZoom: true,
      disableClusteringAtZoom: 19,
      maxClusterRadius: 50,
      iconCreateFunction: (cluster) => clusterIcon(L, cluster),
      // Tells the page when every marker is placed (large maps add them in chunks).
      chunkProgress: (processed, total) => { if (processed >= total) this.emit('rendered', { total }); },
    });
    this.shapes = L.featureGroup();
    this.boundaryLayer = L.featureGroup();
    this.boundaryLayer.addTo(this.map);
    this.shapes.addTo(this.map);
    this.clusters.addTo(this.map);
    if (position) {
      this.organisation = L.marker(position, {
        icon: organisationIcon(L), title: this.data.workspace.name, alt: this.data.workspace.name,
        keyboard: true, zIndexOffset: 1000,
      }).addTo(this.map);
      this.organisation.bindTooltip(this.data.workspace.name);
    }
    this.map.on('click', (event) => this.emit('mapclick', { latlng: event.latlng }));
    this.setBoundary(this.data.map.boundary);
    return this;
  }

  addTiles() {
    const L = this.L;
    const tiles = this.data.tiles;
    const link = tiles.attributionURL
      ? `<a href="${encodeURI(tiles.attributionURL)}" rel="noopener">${escapeHTML(tiles.attribution)}</a>`
      : escapeHTML(tiles.attribution);
    const options = { maxZoom: tiles.maxZoom || 19, attribution: link, crossOrigin: false };
    this.tiles = tiles.service === 'wms'
      ? L.tileLayer.wms(tiles.url, { ...options, layers: tiles.wmsLayer, format: 'image/png', transparent: false, version: '1.3.0' })
      : L.tileLayer(tiles.url, options);
    // Without tiles (offline, blocked) the map keeps working on its plain background.
    this.tiles.on('tileerror', () => this.element.classList.add('tiles-unavailable'));
    this.tiles.addTo(this.map);
  }

  emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }

  layerOf(feature) {
    return this.data.layers.find((layer) => layer.id === feature.properties.layerId);
  }

  glyphOf(feature) {
    const symbol = this.data.symbols[feature.properties.symbol] || this.data.symbols[this.layerOf(feature)?.symbol];
    return symbol ? symbol.glyph : '';
  }

  colourOf(feature) {
    return this.layerOf(feature)?.colour || '#6c757d';
  }

  /** Makes the marker or shape of one feature (not yet on the map). */
  build(feature) {
    const L = this.L;
    const geometry = feature.geometry;
    if (!geometry) return null;
    const name = feature.properties.name;
    let layer;
    if (geometry.type === 'Point') {
      const [lng, lat] = geometry.coordinates;
      layer = L.marker([lat, lng], {
        icon: actorIcon(L, this.glyphOf(feature), this.colourOf(feature), feature.properties.status),
        title: name, alt: name, keyboard: true, riseOnHover: true,
      });
    } else {
      const colour = this.colourOf(feature);
      layer = L.geoJSON(geometry, {
        style: {
          color: colour, weight: 4, opacity: 0.9, fillColor: colour,
          fillOpacity: geometry.type === 'Polygon' ? 0.15 : 0,
          dashArray: feature.properties.status === 'potential' ? '6 6' : null,
        },
      });
      layer.bindTooltip(name, { sticky: true });
    }
    layer.on('click', (event) => {
      if (event.originalEvent) this.L.DomEvent.stopPropagation(event.originalEvent);
      this.emit('select', { id: feature.id });
    });
    layer.on('keypress', (event) => {
      if (event.originalEvent?.key === 'Enter') this.emit('select', { id: feature.id });
    });
    return layer;
  }

  /** Replaces every actor on the map. */
  setFeatures(features) {
    this.clusters.clearLayers();
    this.shapes.clearLayers();
    this.layersByFeature.clear();
    this.features.clear();
    this.visible.clear();
    for (const feature of features) {
      this.features.set(feature.id, feature);
      const layer = this.build(feature);
      if (layer) this.layersByFeature.set(feature.id, layer);
    }
  }

  /** Shows exactly the features for which `isShown(feature)` holds. */
  applyFilter(isShown) {
    const markers = [];
    this.clusters.clearLayers();
    this.shapes.clearLayers();
    this.visible.clear();
    for (const [id, layer] of this.layersByFeature) {
      const feature = this.features.get(id);
      if (!isShown(feature)) continue;
      this.visible.add(id);
      if (feature.geometry.type === 'Point') markers.push(layer);
      else this.shapes.addLayer(layer);
    }
    this.clusters.addLayers(markers);
    if (markers.length === 0) this.emit('rendered', { total: 0 });
  }

  /** Puts a changed (or new) feature on the map in place of its old self. */
  upsert(feature, isShown) {
    this.detach(this.layersByFeature.get(feature.id));
    this.features.set(feature.id, feature);
    const layer = this.build(feature);
    if (layer) this.layersByFeature.set(feature.id, layer); else this.layersByFeature.delete(feature.id);
    if (layer && isShown(feature)) {
      this.visible.add(feature.id);
      if (feature.geometry.type === 'Point') this.clusters.addLayer(layer); else this.shapes.addLayer(layer);
    } else {
      this.visible.delete(feature.id);
    }
  }

  /** Takes a marker or shape off the map, wherever it is (a dragged marker sits on the map itself). */
  detach(layer) {
    if (!layer) return;
    this.clusters.removeLayer(layer);
    this.shapes.removeLayer(layer);
    if (this.map.hasLayer(layer)) this.map.removeLayer(layer);
  }

  remove(id) {
    this.detach(this.layersByFeature.get(id));
    this.layersByFeature.delete(id);
    this.features.delete(id);
    this.visible.delete(id);
  }

  /** Brings an actor into view and marks it as the selected one. */
  focus(id) {
    const layer = this.layersByFeature.get(id);
    this.highlight(id);
    if (!layer) return;
    if (layer.getLatLng) {
      if (this.clusters.hasLayer(layer)) {
        this.clusters.zoomToShowLayer(layer, () => {
          this.map.panTo(layer.getLatLng());
          this.highlight(id);
        });
      } else {
        this.map.setView(layer.getLatLng(), Math.max(this.map.getZoom(), 17));
      }
    } else if (layer.getBounds) {
      this.map.fitBounds(layer.getBounds(), { maxZoom: 18, padding: [30, 30] });
    }
  }

  highlight(id) {
    if (this.highlighted) {
      const previous = this.layersByFeature.get(this.highlighted);
      previous?.getElement?.()?.classList.remove('bk-selected');
    }
    this.highlighted = id;
    const layer = id ? this.layersByFeature.get(id) : null;
    layer?.getElement?.()?.classList.add('bk-selected');
  }

  /** Lets the person drag a point; `onEnd(latlng)` runs when it is dropped. */
  enableDrag(id, onEnd) {
    const layer = this.layersByFeature.get(id);
    if (!layer || !layer.dragging) return false;
    // A marker inside a cluster group cannot be dragged: take it out while it moves.
    if (this.clusters.hasLayer(layer)) {
      this.clusters.removeLayer(layer);
      layer.addTo(this.map);
    }
    layer.dragging.enable();
    layer.getElement()?.classList.add('bk-dragging');
    layer.once('dragend', () => {
      layer.dragging.disable();
      layer.getElement()?.classList.remove('bk-dragging');
      onEnd(layer.getLatLng());
    });
    return true;
  }

  /** Draws the boundary: an open line or a polygon whose inside stays usable. */
  setBoundary(geometry) {
    this.boundaryLayer.clearLayers();
    if (!geometry) return;
    this.L.geoJSON(geometry, {
      interactive: false,
      style: { color: '#3d4f5c', weight: 3, opacity: 0.85, dashArray: '10 6', fill: false },
    }).addTo(this.boundaryLayer);
  }

  /** Fits the view to the boundary, or the actors, when there is no organisation position. */
  fitContent() {
    if (this.data.workspace.position) return;
    const bounds = this.L.latLngBounds([]);
    if (this.boundaryLayer.getLayers().length) bounds.extend(this.boundaryLayer.getBounds());
    if (this.clusters.getLayers().length) bounds.extend(this.clusters.getBounds());
    if (this.shapes.getLayers().length) bounds.extend(this.shapes.getBounds());
    if (bounds.isValid()) this.map.fitBounds(bounds, { maxZoom: 16, padding: [20, 20] });
  }
}

function escapeHTML(text) {
  const element = document.createElement('span');
  element.textContent = text || '';
  return element.innerHTML;
}
