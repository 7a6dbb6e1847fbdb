/**
 * The map page: reads the data the server embedded, draws the map, loads the actors as
 * GeoJSON, and ties the map, the side panel, the actor card and form and the boundary tool
 * together. Without this script the page still lists and filters the actors in plain HTML.
 */
import { Api, ApiError, versionOf } from './api.js';
import { Texts, h, fold } from './i18n.js';
import { MapView } from './mapview.js';
import { Panel } from './panel.js';
import { ActorPanel } from './actor.js';
import { BoundaryTool } from './boundary.js';
import { GeometryEditor } from './draw.js';

const FILTER_KEYS = ['q', 'layer', 'status', 'ring', 'tone', 'kind', 'keyFigure'];

class MapPage {
  constructor(data) {
    this.data = data;
    this.texts = new Texts(data.texts);
    this.t = (key, values) => this.texts.t(key, values);
    this.api = new Api(data.csrfToken);
    this.canEdit = data.role === 'editor' || data.role === 'owner';
    this.features = [];
    this.byId = new Map();
    this.hidden = new Set(data.layers.filter((layer) => !layer.isVisibleByDefault).map((layer) => layer.id));
    this.filter = { q: '', layer: '', status: '', ring: '', tone: '', kind: '', keyFigure: false };
    const query = new URLSearchParams(location.search);
    for (const key of FILTER_KEYS) {
      if (!query.has(key)) continue;
      this.filter[key] = key === 'keyFigure' ? query.get(key) === 'true' : query.get(key);
    }
  }

  async start() {
    const L = window.L;
    if (!L || !L.markerClusterGroup) {
      document.querySelector('.map-fallback').textContent = this.t('map.libraryMissing');
      return;
    }
    document.body.classList.add('map-ready');
    this.view = new MapView(document.getElementById('map'), this.data, this.texts).init();
    this.panel = new Panel(document.getElementById('map-panel'), this);
    this.actors = new ActorPanel(this, this.panel);
    this.boundary = new BoundaryTool(this, this.view, this.panel);
    this.toast = h('div', { class: 'toast', role: 'status', 'aria-live': 'polite', hidden: true });
    document.body.append(this.toast);
    this.addControls();
    this.view.addEventListener('select', (event) => this.select(event.detail.id));
    this.view.addEventListener('mapclick', (event) => this.onMapClick(event.detail.latlng));
    this.view.addEventListener('rendered', () => {
      if (!document.body.dataset.mapRendered) document.body.dataset.mapRendered = String(Math.round(performance.now()));
    });
    this.panel.addEventListener('select', (event) => this.select(event.detail.id));
    this.panel.addEventListener('add', (event) => this.startAdding(event.detail.mode));
    document.getElementById('add-actor-link')?.addEventListener('click', (event) => {
      event.preventDefault();
      this.startAdding('map');
    });
    await this.loadFeatures();
    this.panel.init();
    this.refresh();
    this.view.fitContent();
    document.body.dataset.mapLoaded = 'true';
  }

  async loadFeatures() {
    const response = await fetch(`/api/v1/maps/${this.data.map.id}/features`, { credentials: 'same-origin', headers: { Accept: 'application/geo+json' } });
    if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => ({})));
    const collection = await response.json();
    this.features = collection.features;
    this.byId = new Map(this.features.map((feature) => [feature.id, feature]));
    this.view.setFeatures(this.features);
  }

  /** Map controls of our own: the boundary tool for editors. */
  addControls() {
    if (!this.canEdit) return;
    const L = window.L;
    const page = this;
    const Control = L.Control.extend({
      options: { position: 'topleft' },
      onAdd() {
        const container = L.DomUtil.create('div', 'leaflet-bar bk-controls');
        const button = L.DomUtil.create('button', 'bk-control-button', container);
        button.type = 'button';
        button.id = 'boundary-button';
        button.textContent = page.t('boundary.title');
        button.title = page.t('boundary.title');
        L.DomEvent.disableClickPropagation(container);
        L.DomEvent.on(button, 'click', () => page.boundary.open());
        return container;
      },
    });
    new Control().addTo(this.view.map);
  }

  /* ---------- filtering ---------- */

  layerById(id) { return this.data.layers.find((layer) => layer.id === id); }

  countsByLayer() {
    const counts = {};
    for (const feature of this.features) counts[feature.properties.layerId] = (counts[feature.properties.layerId] || 0) + 1;
    return counts;
  }

  isShown(feature) {
    const { properties } = feature;
    const filter = this.filter;
    if (this.hidden.has(properties.layerId)) return false;
    if (filter.layer && properties.layerId !== filter.layer) return false;
    if (filter.status && properties.status !== filter.status) return false;
    if (filter.tone && properties.tone !== filter.tone) return false;
    if (filter.kind && properties.kind !== filter.kind) return false;
    if (filter.keyFigure && !properties.isKeyFigure) return false;
    if (filter.ring) {
      if (filter.ring === 'none' ? properties.ring !== null : String(properties.ring) !== filter.ring) return false;
    }
    if (filter.q && !fold(properties.name).includes(fold(filter.q))) return false;
    return true;
  }

  isFiltered() { return FILTER_KEYS.some((key) => Boolean(this.filter[key])); }
  hasExtraFilters() { return FILTER_KEYS.some((key) => key !== 'q' && Boolean(this.filter[key])); }

  setFilter(patch) {
    Object.assign(this.filter, patch);
    this.refresh();
  }

  clearFilter() {
    this.filter = { q: '', layer: '', status: '', ring: '', tone: '', kind: '', keyFigure: false };
    this.refresh();
    this.panel.renderList();
  }

  setLayerVisible(id, visible) {
    if (visible) this.hidden.delete(id); else this.hidden.add(id);
    this.refresh();
  }

  showOnlyLayer(id) {
    this.hidden = new Set(this.data.layers.map((layer) => layer.id).filter((other) => other !== id));
    this.refresh();
    this.panel.renderLayers();
  }

  showAllLayers(visible) {
    this.hidden = visible ? new Set() : new Set(this.data.layers.map((layer) => layer.id));
    this.refresh();
    this.panel.renderLayers();
  }

  /** Applies the layers' visibility and the filter to the markers, the list and the table link. */
  refresh() {
    this.view.applyFilter((feature) => this.isShown(feature));
    this.panel.updateResults?.();
    const query = new URLSearchParams();
    for (const key of FILTER_KEYS) {
      const value = this.filter[key];
      if (value) query.set(key, String(value));
    }
    const search = query.toString();
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
    const table = document.getElementById('table-link');
    if (table) table.href = `/maps/${this.data.map.id}/table${search ? `?${search}` : ''}`;
  }

  /* ---------- actors ---------- */

  select(id) {
    this.view.highlight(id);
    if (!id) return;
    this.view.focus(id);
    this.actors.open(id);
  }

  featureOf(actor) {
    return {
      type: 'Feature', id: actor.id, geometry: actor.geometry,
      properties: {
        layerId: actor.layerId, name: actor.name, symbol: actor.symbol, kind: actor.kind, status: actor.status,
        ring: actor.evaluation.ring, reciprocity: actor.evaluation.reciprocity, influence: actor.evaluation.influence,
        tone: actor.evaluation.tone, isKeyFigure: actor.isKeyFigure, isSensitive: actor.isSensitive, version: actor.version,
      },
    };
  }

  /** Keeps the map and lists in step with an actor the server answered with. */
  actorSaved(actor, isNew = false) {
    this.clearTemporary();
    const feature = this.featureOf(actor);
    if (this.byId.has(actor.id)) {
      this.features[this.features.findIndex((item) => item.id === actor.id)] = feature;
    } else {
      this.features.push(feature);
    }
    this.byId.set(actor.id, feature);
    this.view.upsert(feature, (item) => this.isShown(item));
    this.view.highlight(actor.id);
    this.panel.updateResults();
    this.panel.renderLegend();
    if (isNew) this.panel.renderLayers();
  }

  removeFeature(id) {
    this.features = this.features.filter((feature) => feature.id !== id);
    this.byId.delete(id);
    this.view.remove(id);
    this.panel.updateResults();
    this.panel.renderLegend();
    this.panel.renderLayers();
  }

  /** Deletes at once; the notice offers to undo for ten seconds. */
  async deleteActor(actor) {
    try {
      const { etag } = await this.api.delete(`/actors/${actor.id}`, actor.version);
      this.removeFeature(actor.id);
      this.actors.close();
      const version = versionOf(etag);
      this.notify(this.t('map.deleted', { name: actor.name }), 'info', {
        label: this.t('map.undo'),
        run: async () => {
          const { data } = await this.api.request('POST', `/actors/${actor.id}/restore`, { version });
          this.actorSaved(data, true);
          this.notify(this.t('map.restored', { name: actor.name }));
        },
      });
    } catch (failure) {
      this.handleWriteFailure(failure);
    }
  }

  handleWriteFailure(failure) {
    if (failure instanceof ApiError && failure.isConflict) {
      // Someone changed the actor meanwhile: show what is stored now before anything goes.
      this.actorSaved(failure.problem.current);
      this.actors.showCard(failure.problem.current);
      this.notify(this.t('conflict.title'), 'error');
    } else {
      this.notify(failure.message, 'error');
    }
  }

  async saveGeometry(actor, geometry) {
    try {
      const { data } = await this.api.patch(`/actors/${actor.id}`, { geometry }, actor.version);
      this.actorSaved(data);
      this.actors.showCard(data);
      this.notify(this.t('map.placeSaved', { name: data.name }));
    } catch (failure) {
      if (failure instanceof ApiError && failure.isConflict) {
        this.actorSaved(failure.problem.current);
        this.actors.showConflict(actor, { ...actor, geometry }, failure.problem.current);
      } else {
        this.notify(failure.message, 'error');
        this.actorSaved(actor);
      }
    }
  }

  movePoint(actor) {
    this.notify(this.t('map.dragHint'));
    const dragging = this.view.enableDrag(actor.id, (latlng) => {
      this.saveGeometry(actor, { type: 'Point', coordinates: [round(latlng.lng), round(latlng.lat)] });
    });
    if (!dragging) this.notify(this.t('map.cannotMove'), 'error');
  }

  placeActor(actor) {
    this.startPicking(this.t('map.pickPlace', { name: actor.name }), (latlng) => {
      this.saveGeometry(actor, { type: 'Point', coordinates: [round(latlng.lng), round(latlng.lat)] });
    });
  }

  drawActorShape(actor, kind) {
    this.editor?.cancel();
    const t = this.t;
    this.editor = new GeometryEditor(this.view.map, {
      kind, colour: this.layerById(actor.layerId)?.colour || '#1f5f8b',
      labels: { finish: t('boundary.finish'), cancel: t('action.cancel'), undo: t('boundary.undo'), removeVertex: t('boundary.removeVertex'),
        hint: kind === 'line' ? t('map.drawRouteHint') : t('map.drawAreaHint') },
      onChange: () => {},
      onFinish: (geometry) => {
        this.editor = null;
        if (geometry) this.saveGeometry(actor, geometry);
      },
      onCancel: () => { this.editor = null; },
    });
    const existing = actor.geometry && (kind === 'line' ? actor.geometry.type === 'LineString' : actor.geometry.type === 'Polygon');
    if (existing) this.editor.edit(actor.geometry); else this.editor.start();
  }

  /* ---------- adding ---------- */

  startAdding(mode) {
    if (mode === 'none') {
      this.actors.showForm(null, { geometry: null, layerId: this.filter.layer || null });
      return;
    }
    if (mode === 'here') {
      if (!navigator.geolocation) { this.notify(this.t('map.noGeolocation'), 'error'); return; }
      this.notify(this.t('map.locating'));
      navigator.geolocation.getCurrentPosition((position) => {
        const latlng = window.L.latLng(position.coords.latitude, position.coords.longitude);
        this.view.map.setView(latlng, 18);
        this.beginNewAt(latlng);
      }, () => this.notify(this.t('map.noGeolocation'), 'error'), { enableHighAccuracy: true, timeout: 15000 });
      return;
    }
    this.startPicking(this.t('map.clickToAdd'), (latlng, address) => this.beginNewAt(latlng, address), true);
  }

  /** Waits for a click on the map (or an address chosen from the search) and runs `then`. */
  startPicking(message, then, withSearch = false) {
    this.stopPicking();
    const t = this.t;
    const bar = h('div', { class: 'pick-bar', role: 'region', 'aria-label': t('map.addingLabel') }, h('p', {}, message));
    if (withSearch) {
      const input = h('input', { type: 'search', id: 'address-search', placeholder: t('map.addressPlaceholder'),
        'aria-label': t('map.searchAddress') });
      const results = h('ul', { class: 'address-results' });
      const form = h('form', { class: 'address-search', role: 'search' }, input, h('button', { type: 'submit', class: 'button secondary small' }, t('map.search')), results);
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        results.replaceChildren(h('li', { class: 'meta' }, t('map.searching')));
        try {
          const { data } = await this.api.get(`/geocode?map=${this.data.map.id}&q=${encodeURIComponent(input.value)}`);
          results.replaceChildren(...(data.length ? data.map((result) => h('li', {},
            h('button', { type: 'button', class: 'address-result', onclick: () => {
              const latlng = window.L.latLng(result.latitude, result.longitude);
              this.view.map.setView(latlng, 18);
              this.stopPicking();
              then(latlng, result.address);
            } }, result.label, h('span', { class: 'meta' }, ` (${t(`map.quality.${result.quality}`)})`)))) : [h('li', { class: 'meta' }, t('map.noAddress'))]));
        } catch (failure) {
          results.replaceChildren(h('li', { class: 'field-error' }, failure.message));
        }
      });
      bar.append(form);
    }
    bar.append(h('button', { type: 'button', class: 'small-button', onclick: () => this.stopPicking() }, t('action.cancel')));
    document.querySelector('.map-body').append(bar);
    this.picking = { then, bar };
    document.getElementById('map').classList.add('picking');
    (bar.querySelector('input') || bar.querySelector('button')).focus();
  }

  stopPicking() {
    this.picking?.bar.remove();
    this.picking = null;
    document.getElementById('map').classList.remove('picking');
  }

  onMapClick(latlng) {
    if (!this.picking) return;
    const { then } = this.picking;
    this.stopPicking();
    then(latlng);
  }

  beginNewAt(latlng, address = null) {
    this.clearTemporary();
    const L = window.L;
    this.temporary = L.marker(latlng, { draggable: true, keyboard: true, title: this.t('map.newActor'),
      icon: L.divIcon({ className: 'bk-temporary', html: '<span></span>', iconSize: [26, 26] }) }).addTo(this.view.map);
    const geometry = { type: 'Point', coordinates: [round(latlng.lng), round(latlng.lat)] };
    this.temporary.on('dragend', () => {
      const moved = this.temporary.getLatLng();
      geometry.coordinates = [round(moved.lng), round(moved.lat)];
    });
    this.actors.showForm(null, { geometry, address, layerId: this.filter.layer || null });
  }

  clearTemporary() {
    this.temporary?.remove();
    this.temporary = null;
  }

  cancelNewActor() { this.clearTemporary(); }

  /* ---------- layers ---------- */

  rerenderLayers() {
    this.view.setFeatures(this.features);
    this.refresh();
    this.panel.renderLayers();
    this.panel.renderList();
    this.panel.renderLegend();
  }

  async createLayer(values) {
    const { data } = await this.api.post(`/maps/${this.data.map.id}/layers`, values);
    this.data.layers.push(data);
    this.rerenderLayers();
    this.notify(this.t('notice.layerCreated'));
  }

  async updateLayer(layer, values) {
    const { data } = await this.api.patch(`/layers/${layer.id}`, values, layer.version);
    Object.assign(layer, data);
    this.rerenderLayers();
  }

  async deleteLayer(layer, fate) {
    const query = fate?.moveActorsTo ? `?moveActorsTo=${fate.moveActorsTo}` : fate?.deleteActors ? '?deleteActors=true' : '';
    await this.api.delete(`/layers/${layer.id}${query}`, layer.version);
    this.data.layers = this.data.layers.filter((other) => other.id !== layer.id);
    await this.loadFeatures();
    this.rerenderLayers();
  }

  async saveOrder(ids) {
    const { data } = await this.api.put(`/maps/${this.data.map.id}/layers/order`, { layerIds: ids });
    this.data.layers = data;
    this.rerenderLayers();
  }

  moveLayer(id, step) {
    const ids = this.data.layers.map((layer) => layer.id);
    const index = ids.indexOf(id);
    const target = index + step;
    if (target < 0 || target >= ids.length) return;
    [ids[index], ids[target]] = [ids[target], ids[index]];
    this.saveOrder(ids).catch((failure) => this.notify(failure.message, 'error'));
  }

  placeLayerBefore(movedID, beforeID) {
    const ids = this.data.layers.map((layer) => layer.id).filter((id) => id !== movedID);
    ids.splice(ids.indexOf(beforeID), 0, movedID);
    this.saveOrder(ids).catch((failure) => this.notify(failure.message, 'error'));
  }

  /* ---------- notices ---------- */

  notify(message, kind = 'info', action = null) {
    clearTimeout(this.toastTimer);
    this.toast.className = `toast toast-${kind}`;
    this.toast.replaceChildren(h('span', {}, message));
    if (action) {
      this.toast.append(h('button', { type: 'button', class: 'small-button', onclick: async () => {
        this.toast.hidden = true;
        try { await action.run(); } catch (failure) { this.notify(failure.message, 'error'); }
      } }, action.label));
    }
    this.toast.hidden = false;
    this.toastTimer = setTimeout(() => { this.toast.hidden = true; }, action ? 10000 : 5000);
  }
}

const round = (value) => Math.round(value * 1e7) / 1e7;

const element = document.getElementById('map-data');
if (element) {
  const page = new MapPage(JSON.parse(element.textContent));
  page.start().catch((failure) => {
    console.error(failure);
    document.body.dataset.mapError = failure.message;
  });
}
