/* The styles of the editor's handles and toolbar are in Public/css/app.css (classes bk-vertex, bk-midpoint, bk-draw-*). */

const { L } = window;

/** Fewest vertices that make a complete shape of each kind. */
const MIN_VERTICES = { point: 1, line: 2, polygon: 3 };
/** Pixels a focused vertex handle moves per arrow key press (four times as far with Shift). */
const KEY_STEP = 5;
/** A map click this close (px) to the last vertex is the second half of a double click, not a vertex. */
const SAME_SPOT = 6;
/** How long (ms) a touch on a vertex handle must last to remove that vertex. */
const LONG_PRESS_MS = 600;
/** Texts used when the caller passes none (the caller normally passes localised ones). */
const DEFAULT_LABELS = { finish: 'Finish', cancel: 'Cancel', undo: 'Undo', removeVertex: 'Remove point', hint: '' };

/** Rounds a coordinate to 7 decimals (about 1 cm), so GeoJSON carries no floating-point noise. */
const round = (v) => Math.round(v * 1e7) / 1e7;

/**
 * Draws and edits one geometry on a Leaflet map: a point, an open line or a polygon.
 * Used for the neighbourhood boundary (an open line or a polygon) and for actors' routes and areas.
 */
export class GeometryEditor {
  /**
   * @param {L.Map} map
   * @param {object} options
   *   kind: 'line' | 'polygon' (what start() draws; 'point' also works); edit() follows the geometry's type
   *   colour: CSS colour of the shape (default '#1f5f8b')
   *   labels: { finish, cancel, undo, removeVertex, hint } — texts shown to the user, already localised;
   *     optional { vertex, midpoint } name the handles for screen readers ("Point" → "Point 3")
   *   onChange(geometry): called after every change with the current GeoJSON geometry (or null when incomplete)
   *   onFinish(geometry), onCancel(): optional; called when the user (not the caller) finishes or cancels
   */
  constructor(map, options = {}) {
    this._map = map;
    this._drawKind = MIN_VERTICES[options.kind] ? options.kind : 'line';
    /** Kind of the shape currently on the map: the draw kind, or the type of the edited geometry. */
    this._kind = this._drawKind;
    this._colour = options.colour || '#1f5f8b';
    this._labels = { ...DEFAULT_LABELS, ...options.labels };
    this._onChange = options.onChange || (() => {});
    this._onFinish = options.onFinish || (() => {});
    this._onCancel = options.onCancel || (() => {});
    /** @type {'draw'|'edit'|null} drawing adds a vertex per click; editing only moves/inserts/removes. */
    this._mode = null;
    /** @type {L.LatLng[]} the shape's vertices (a polygon's ring without its closing vertex). */
    this._latlngs = [];
    /** @type {L.LatLng[][]} earlier vertex lists, newest last, for undo. */
    this._history = [];
    /** @type {L.Marker[]} */ this._vertices = [];
    /** @type {L.Marker[]} */ this._midpoints = [];
    /** Index of the vertex the "remove point" button acts on, or -1. */
    this._selected = -1;
    /** Map clicks and context menus before this time (ms) are echoes of a drag or long press: ignored. */
    this._quietUntil = 0;
    /** Last pointer position over the map while drawing, for the guide line. */
    this._pointer = null;
    this._onKeyDown = this._onKeyDown.bind(this);
    this._mapHandlers = { click: this._onMapClick, dblclick: this._onMapDblClick, mousemove: this._onPointer, mouseout: this._onPointer };
  }

  /** Starts drawing a new shape: each click on the map adds a vertex. */
  start() {
    this._begin('draw', this._drawKind, []);
  }

  /**
   * Starts editing an existing GeoJSON geometry (Point, LineString or Polygon with one outer ring;
   * coordinates [lng, lat]). A Feature is unwrapped; null starts drawing instead.
   */
  edit(geometry) {
    const g = geometry && geometry.type === 'Feature' ? geometry.geometry : geometry;
    if (!g) return this.start();
    let kind;
    let coords;
    if (g.type === 'Point') [kind, coords] = ['point', [g.coordinates]];
    else if (g.type === 'LineString') [kind, coords] = ['line', g.coordinates.slice()];
    else if (g.type === 'Polygon') {
      [kind, coords] = ['polygon', (g.coordinates[0] || []).slice()];
      const [first, last] = [coords[0], coords[coords.length - 1]];
      if (coords.length > 1 && first[0] === last[0] && first[1] === last[1]) coords.pop();
    } else throw new TypeError(`GeometryEditor cannot edit a ${g.type}`);
    this._begin('edit', kind, coords.map(([lng, lat]) => L.latLng(lat, lng)));
  }

  /** The current geometry as GeoJSON (LineString, or Polygon with a closed ring), or null when incomplete. */
  geometry() {
    if (this._latlngs.length < MIN_VERTICES[this._kind]) return null;
    const coords = this._latlngs.map((p) => [round(p.lng), round(p.lat)]);
    if (this._kind === 'point') return { type: 'Point', coordinates: coords[0] };
    if (this._kind === 'line') return { type: 'LineString', coordinates: coords };
    return { type: 'Polygon', coordinates: [[...coords, coords[0]]] };
  }

  /** Ends drawing/editing and removes every handle and temporary layer; returns the final geometry (or null). */
  finish() {
    const geometry = this.geometry();
    this._teardown();
    return geometry;
  }

  /** Abandons: removes everything, returns nothing. */
  cancel() {
    this._teardown();
    this._latlngs = [];
  }

  /** Whether the editor is active. */
  get active() {
    return this._mode !== null;
  }

  /** Puts the shape, guide, toolbar and listeners on the map for a drawing or editing session. */
  _begin(mode, kind, latlngs) {
    this._teardown();
    Object.assign(this, { _mode: mode, _kind: kind, _latlngs: latlngs, _history: [], _selected: -1, _pointer: null });
    const map = this._map;
    const line = { color: this._colour, weight: 3, interactive: false };
    this._group = L.layerGroup().addTo(map);
    // The fill is light and never interactive, so clicks reach whatever lies inside the shape.
    this._shape = (kind === 'polygon' ? L.polygon([], { ...line, fillColor: this._colour, fillOpacity: 0.1 }) : L.polyline([], line)).addTo(this._group);
    this._guide = L.polyline([], { ...line, weight: 2, opacity: 0.8, dashArray: '6 6' }).addTo(this._group);
    map.on(this._mapHandlers, this);
    if (mode === 'draw') {
      this._dblClickZoom = map.doubleClickZoom && map.doubleClickZoom.enabled();
      if (this._dblClickZoom) map.doubleClickZoom.disable();
      L.DomUtil.addClass(map.getContainer(), 'leaflet-crosshair');
    }
    this._toolbar = this._makeToolbar().addTo(map);
    document.addEventListener('keydown', this._onKeyDown);
    this._render();
  }

  /** Removes everything _begin added; safe to call when inactive. */
  _teardown() {
    if (!this._mode) return;
    const map = this._map;
    map.off(this._mapHandlers, this);
    if (this._dblClickZoom) map.doubleClickZoom.enable();
    this._dblClickZoom = false;
    L.DomUtil.removeClass(map.getContainer(), 'leaflet-crosshair');
    L.DomUtil.removeClass(map.getContainer(), 'bk-dragging');
    document.removeEventListener('keydown', this._onKeyDown);
    this._clearHandles();
    this._group.remove();
    this._toolbar.remove();
    this._mode = null;
  }

  /** Records the current vertices so the next change can be undone. */
  _snapshot() {
    this._history.push(this._latlngs.map((p) => L.latLng(p.lat, p.lng)));
    if (this._history.length > 200) this._history.shift();
  }

  /** Redraws after a change and tells the caller. */
  _changed() {
    this._render();
    this._onChange(this.geometry());
  }

  /** Brings shape, guide, handles and toolbar in line with the vertex list. */
  _render() {
    this._shape.setLatLngs(this._latlngs);
    this._drawGuide();
    this._syncHandles();
    const buttons = this._buttons;
    const disable = (button, off) => button.setAttribute('aria-disabled', String(Boolean(off)));
    disable(buttons.finish, !this.geometry());
    disable(buttons.undo, !this._history.length);
    disable(buttons.removeVertex, this._selected < 0 || this._latlngs.length <= this._minKeep());
    buttons.removeVertex.hidden = this._kind === 'point';
  }

  /** The dashed line from the last vertex to the pointer (and back to the first vertex of a polygon). */
  _drawGuide() {
    const pts = this._latlngs;
    const show = this._mode === 'draw' && this._pointer && pts.length && this._kind !== 'point' && !this._dragging;
    const path = show ? [pts[pts.length - 1], this._pointer] : [];
    if (show && this._kind === 'polygon' && pts.length >= 2) path.push(pts[0]);
    this._guide.setLatLngs(path);
  }

  /** Fewest vertices that must remain when removing one (drawing may go back to none). */
  _minKeep() {
    return this._mode === 'edit' ? MIN_VERTICES[this._kind] : 0;
  }

  /** Where the midpoint handles go: halfway along each segment (in screen projection), only while editing. */
  _midpointPositions() {
    const pts = this._latlngs;
    if (this._mode !== 'edit' || this._kind === 'point' || pts.length < 2) return [];
    const map = this._map;
    const ends = this._kind === 'polygon' && pts.length >= 3 ? pts.length : pts.length - 1;
    const mids = [];
    for (let i = 0; i < ends; i += 1) {
      const a = map.project(pts[i], 0);
      const b = map.project(pts[(i + 1) % pts.length], 0);
      mids.push(map.unproject(a.add(b).divideBy(2), 0));
    }
    return mids;
  }

  /** Moves the handles; recreates them (vertex, midpoint, vertex… for a sensible tab order) when their number changed. */
  _syncHandles() {
    const pts = this._latlngs;
    const mids = this._midpointPositions();
    if (this._vertices.length !== pts.length || this._midpoints.length !== mids.length) {
      this._clearHandles();
      pts.forEach((p, i) => {
        this._vertices.push(this._makeVertex(p, i));
        if (mids[i]) this._midpoints.push(this._makeMidpoint(mids[i], i));
      });
    } else {
      this._vertices.forEach((m, i) => m.setLatLng(pts[i]));
      this._midpoints.forEach((m, i) => m.setLatLng(mids[i]));
    }
    const closable = this._mode === 'draw' && this._kind === 'polygon' && pts.length >= MIN_VERTICES.polygon;
    this._vertices.forEach((m, i) => {
      const el = m.getElement();
      el.classList.toggle('bk-vertex-selected', i === this._selected);
      el.classList.toggle('bk-vertex-close', closable && i === 0);
      if (closable && i === 0) el.title = this._labels.finish;
      else el.removeAttribute('title');
    });
  }

  /** Removes all handle markers (and any pending long press on them). */
  _clearHandles() {
    clearTimeout(this._pressTimer);
    [...this._vertices, ...this._midpoints].forEach((m) => m.remove());
    this._vertices = [];
    this._midpoints = [];
  }

  /** A draggable, keyboard-focusable round handle: a div icon with the given CSS class. */
  _makeHandle(latlng, className, size, zIndexOffset, name) {
    const marker = L.marker(latlng, {
      icon: L.divIcon({ className, iconSize: [size, size] }),
      draggable: true, keyboard: true, autoPan: true, zIndexOffset, bubblingMouseEvents: false,
    }).addTo(this._group);
    const el = marker.getElement();
    el.style.setProperty('--bk-draw-colour', this._colour);
    el.setAttribute('role', 'button');
    el.setAttribute('aria-label', name);
    return marker;
  }

  /** The handle of vertex i: drag to move, right click / long press / Delete to remove, arrows to nudge. */
  _makeVertex(latlng, i) {
    const name = `${this._labels.vertex || ''} ${i + 1}`.trim();
    const marker = this._makeHandle(latlng, 'bk-vertex', 24, 1000, name);
    const el = marker.getElement();
    marker.on('dragstart', () => this._dragStart(el))
      .on('drag', () => this._dragMove(i, marker.getLatLng()))
      .on('dragend', () => this._dragEnd(el))
      .on('click', () => this._onVertexClick(i))
      .on('dblclick', () => this._mode === 'draw' && this._userFinish())
      .on('contextmenu', (e) => {
        L.DomEvent.preventDefault(e.originalEvent);
        this._removeByGesture(i);
      });
    el.addEventListener('keydown', (e) => this._onVertexKey(e, i));
    // Long press on touch screens (iOS fires no contextmenu for it); moving or lifting the finger stops it.
    let from = null;
    el.addEventListener('pointerdown', (e) => {
      if (e.pointerType === 'mouse') return;
      from = L.point(e.clientX, e.clientY);
      clearTimeout(this._pressTimer);
      this._pressTimer = setTimeout(() => this._removeByGesture(i), LONG_PRESS_MS);
    });
    const stop = (e) => (e.type !== 'pointermove' || !from || from.distanceTo([e.clientX, e.clientY]) > 8) && clearTimeout(this._pressTimer);
    ['pointermove', 'pointerup', 'pointercancel'].forEach((type) => el.addEventListener(type, stop));
    return marker;
  }

  /** The handle halfway along segment i: clicking, Enter/Space or dragging it inserts a vertex there. */
  _makeMidpoint(latlng, i) {
    const marker = this._makeHandle(latlng, 'bk-midpoint', 18, 500, this._labels.midpoint || '+');
    const el = marker.getElement();
    marker.on('dragstart', () => {
      this._snapshot();
      this._latlngs.splice(i + 1, 0, marker.getLatLng());
      this._dragStart(el, true);
    })
      .on('drag', () => this._dragMove(i + 1, marker.getLatLng()))
      .on('dragend', () => this._dragEnd(el))
      .on('click', () => this._insertVertex(i, marker.getLatLng(), false));
    el.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      L.DomEvent.stop(e);
      this._insertVertex(i, marker.getLatLng(), true);
    });
    return marker;
  }

  /** A handle drag begins: remember the old shape for undo, hide the guide and the other midpoints. */
  _dragStart(el, snapshotTaken = false) {
    if (!snapshotTaken) this._snapshot();
    clearTimeout(this._pressTimer);
    this._dragging = true;
    el.classList.add('bk-handle-dragged');
    L.DomUtil.addClass(this._map.getContainer(), 'bk-dragging');
    this._drawGuide();
  }

  /** Follows the dragged handle with the shape only (handles are redrawn when the drag ends). */
  _dragMove(index, latlng) {
    this._latlngs[index] = latlng;
    this._shape.setLatLngs(this._latlngs);
  }

  /** A handle drag ends: one change. */
  _dragEnd(el) {
    this._dragging = false;
    this._quietUntil = Date.now() + 300;
    el.classList.remove('bk-handle-dragged');
    L.DomUtil.removeClass(this._map.getContainer(), 'bk-dragging');
    this._changed();
  }

  /** Clicking a vertex: closes a polygon being drawn (first vertex), otherwise (de)selects it. */
  _onVertexClick(i) {
    if (this._mode === 'draw' && this._kind === 'polygon' && i === 0 && this._latlngs.length >= MIN_VERTICES.polygon) {
      this._userFinish();
      return;
    }
    this._selected = this._selected === i ? -1 : i;
    this._render();
  }

  /** Keys on a focused vertex handle: arrows nudge it, Delete/Backspace remove it, Space selects it. */
  _onVertexKey(e, i) {
    const step = e.shiftKey ? KEY_STEP * 4 : KEY_STEP;
    const delta = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }[e.key];
    if (delta) {
      this._snapshot();
      const point = this._map.latLngToContainerPoint(this._latlngs[i]).add(delta);
      this._latlngs[i] = this._map.containerPointToLatLng(point);
      this._changed();
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      this._removeVertex(i, true);
    } else if (e.key === ' ') {
      this._onVertexClick(i);
    } else return; // Enter and Escape go on to the document: finish / cancel
    L.DomEvent.stop(e);
  }

  /** Removes vertex i by right click or long press, ignoring the echo of the other gesture. */
  _removeByGesture(i) {
    if (Date.now() < this._quietUntil || this._dragging) return;
    this._quietUntil = Date.now() + 800;
    this._removeVertex(i, false);
  }

  /** Removes vertex i if enough remain; with focus, moves keyboard focus to the neighbouring vertex. */
  _removeVertex(i, focus) {
    if (i < 0 || this._latlngs.length <= this._minKeep()) return;
    this._snapshot();
    this._latlngs.splice(i, 1);
    this._selected = -1;
    this._changed();
    if (focus) this._focusVertex(Math.min(i, this._latlngs.length - 1));
  }

  /** Inserts a vertex after vertex i. */
  _insertVertex(i, latlng, focus) {
    this._snapshot();
    this._latlngs.splice(i + 1, 0, latlng);
    this._selected = -1;
    this._changed();
    if (focus) this._focusVertex(i + 1);
  }

  /** Gives keyboard focus to vertex handle i (or to the map when there is none). */
  _focusVertex(i) {
    const marker = this._vertices[i];
    (marker ? marker.getElement() : this._map.getContainer()).focus();
  }

  /** Restores the vertices as they were before the last change. */
  _undo() {
    const previous = this._history.pop();
    if (!previous) return;
    this._latlngs = previous;
    this._selected = -1;
    this._changed();
  }

  /** Map click: while drawing adds a vertex (a point is replaced); while editing clears the selection. */
  _onMapClick(e) {
    if (Date.now() < this._quietUntil) return;
    if (this._mode === 'edit') {
      this._selected = -1;
      this._render();
      return;
    }
    const pts = this._latlngs;
    const last = pts[pts.length - 1];
    if (last && this._map.latLngToContainerPoint(last).distanceTo(e.containerPoint) < SAME_SPOT) return;
    this._snapshot();
    if (this._kind === 'point') pts.length = 0;
    pts.push(e.latlng);
    this._changed();
  }

  /** Double click on the map finishes a drawing (its first click already added the last vertex). */
  _onMapDblClick() {
    if (this._mode === 'draw') this._userFinish();
  }

  /** Follows the pointer with the guide line; hides it when the pointer leaves the map. */
  _onPointer(e) {
    this._pointer = e.type === 'mouseout' ? null : e.latlng;
    this._drawGuide();
  }

  /** Keys anywhere on the page (except in form fields): Escape, Enter, Backspace / Ctrl+Z, Delete. */
  _onKeyDown(e) {
    const target = e.target instanceof Element ? e.target : null;
    if (e.defaultPrevented || e.altKey || (target && target.closest('input, textarea, select, [contenteditable="true"]'))) return;
    const undoKey = (e.ctrlKey || e.metaKey) && !e.shiftKey && (e.key || '').toLowerCase() === 'z';
    if (e.key === 'Escape') this._userCancel();
    else if (e.key === 'Enter' && !(target && target.closest('button, a'))) this._userFinish();
    else if (undoKey || (e.key === 'Backspace' && !e.ctrlKey && !e.metaKey)) this._undo();
    else if (e.key === 'Delete' && this._selected >= 0) this._removeVertex(this._selected, false);
    else return;
    e.preventDefault();
  }

  /** The user finishes (button, Enter, double click, first vertex): only with a complete shape. */
  _userFinish() {
    if (!this.geometry()) return;
    this._onFinish(this.finish());
  }

  /** The user cancels (button or Escape). */
  _userCancel() {
    this.cancel();
    this._onCancel();
  }

  /** The floating toolbar: hint text and finish / undo / remove point / cancel buttons. */
  _makeToolbar() {
    const control = L.control({ position: 'topright' });
    control.onAdd = () => {
      const box = L.DomUtil.create('div', 'bk-draw-toolbar');
      box.setAttribute('role', 'group');
      const hint = L.DomUtil.create('p', 'bk-draw-hint', box);
      hint.textContent = this._labels.hint;
      hint.hidden = !this._labels.hint;
      const row = L.DomUtil.create('div', 'bk-draw-buttons', box);
      const button = (name, action) => {
        const b = L.DomUtil.create('button', `bk-draw-${name}`, row);
        b.type = 'button';
        b.textContent = this._labels[name];
        L.DomEvent.on(b, 'click', (e) => {
          L.DomEvent.stop(e);
          if (b.getAttribute('aria-disabled') !== 'true') action();
        });
        return b;
      };
      this._buttons = {
        finish: button('finish', () => this._userFinish()),
        undo: button('undo', () => this._undo()),
        removeVertex: button('removeVertex', () => this._removeVertex(this._selected, false)),
        cancel: button('cancel', () => this._userCancel()),
      };
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    };
    return control;
  }
}
