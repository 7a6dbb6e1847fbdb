/**
 * Drawing the neighbourhood's boundary the three ways the method uses: an open line, a
 * polygon, or a circle of 500 m to 3 km around the organisation; editing its vertices;
 * naming it. Saved on the map with its version, like every other change.
 */
import { h } from './i18n.js';
import { GeometryEditor } from './draw.js';
import { ApiError } from './api.js';

export class BoundaryTool {
  constructor(state, view, panel) {
    this.state = state;
    this.view = view;
    this.panel = panel;
    this.t = (key, values) => state.texts.t(key, values);
  }

  open() {
    const t = this.t;
    const { data } = this.state;
    const map = data.map;
    const hasPosition = Boolean(data.workspace.position);
    const name = h('input', { type: 'text', id: 'boundary-name', value: map.boundaryName || '', maxlength: 200 });
    const radius = h('input', { type: 'number', id: 'boundary-radius', min: 500, max: 3000, step: 100, value: map.boundaryRadius || 1000, disabled: !hasPosition });
    const slider = h('input', { type: 'range', min: 500, max: 3000, step: 100, value: map.boundaryRadius || 1000, disabled: !hasPosition,
      'aria-label': t('boundary.radius') });
    const status = h('p', { class: 'meta', role: 'status', 'aria-live': 'polite' });
    const error = h('p', { class: 'field-error', role: 'alert', hidden: true });
    const preview = () => {
      this.clearPreview();
      if (!hasPosition) return;
      this.previewCircle = this.view.L.circle(data.workspace.position, {
        radius: Number(radius.value), color: '#3d4f5c', weight: 2, dashArray: '6 6', fill: false, interactive: false,
      }).addTo(this.view.map);
    };
    radius.addEventListener('input', () => { slider.value = radius.value; preview(); });
    slider.addEventListener('input', () => { radius.value = slider.value; preview(); });
    const draw = (kind) => {
      this.clearPreview();
      this.startEditor(kind, null, status);
    };
    const view = h('section', { class: 'boundary-panel', 'aria-labelledby': 'boundary-title' },
      h('div', { class: 'panel-detail-bar' }, h('button', { type: 'button', class: 'small-button', onclick: () => this.close() }, `← ${t('map.backToList')}`)),
      h('h2', { id: 'boundary-title', tabindex: '-1' }, t('boundary.title')),
      h('p', { class: 'hint' }, t('boundary.lead')),
      h('div', { class: 'field' }, h('label', { for: 'boundary-name' }, t('boundary.name')), name),
      h('h3', {}, t('boundary.drawNew')),
      h('div', { class: 'panel-actions' },
        h('button', { type: 'button', class: 'button secondary small', id: 'boundary-line', onclick: () => draw('line') }, t('boundary.line')),
        h('button', { type: 'button', class: 'button secondary small', id: 'boundary-polygon', onclick: () => draw('polygon') }, t('boundary.polygon'))),
      h('p', { class: 'hint' }, t('boundary.lineHint')),
      map.boundary && map.boundaryShape !== 'radius' && ['LineString', 'Polygon'].includes(map.boundary.type)
        ? h('button', { type: 'button', class: 'small-button', id: 'boundary-edit', onclick: () => this.startEditor(map.boundary.type === 'Polygon' ? 'polygon' : 'line', map.boundary, status) }, t('boundary.editVertices'))
        : null,
      h('h3', {}, t('boundary.radius')),
      hasPosition ? null : h('p', { class: 'hint' }, t('boundary.needsPosition')),
      h('div', { class: 'row' }, h('div', { class: 'field' }, h('label', { for: 'boundary-radius' }, t('boundary.radiusMetres')), radius), slider),
      h('div', { class: 'panel-actions' },
        h('button', { type: 'button', class: 'button secondary small', id: 'boundary-radius-save', disabled: !hasPosition,
          onclick: () => this.save({ boundaryRadius: Number(radius.value), boundaryName: name.value }, error) }, t('boundary.useRadius'))),
      status, error,
      h('div', { class: 'form-actions' },
        h('button', { type: 'button', class: 'button primary', id: 'boundary-save', onclick: () => this.saveDrawn(name.value, error) }, t('boundary.save')),
        map.boundary ? h('button', { type: 'button', class: 'button danger small', onclick: () => this.save({ boundary: null, boundaryRadius: null, boundaryName: '' }, error) }, t('boundary.remove')) : null));
    this.nameInput = name;
    if (map.boundaryShape === 'radius') preview();
    this.panel.showDetail(view);
    view.querySelector('h2').focus();
  }

  startEditor(kind, geometry, status) {
    this.editor?.cancel();
    const t = this.t;
    this.view.boundaryLayer.clearLayers();
    this.editor = new GeometryEditor(this.view.map, {
      kind,
      colour: '#3d4f5c',
      labels: { finish: t('boundary.finish'), cancel: t('action.cancel'), undo: t('boundary.undo'), removeVertex: t('boundary.removeVertex'),
        hint: kind === 'line' ? t('boundary.drawLineHint') : t('boundary.drawPolygonHint') },
      onChange: (drawn) => {
        this.drawn = drawn;
        status.textContent = drawn ? t('boundary.vertexCount', { count: countVertices(drawn) }) : '';
      },
      // Finishing the drawing keeps it on screen until the person saves it.
      onFinish: (drawn) => {
        this.drawn = drawn;
        this.editor = null;
        if (drawn) this.view.setBoundary(drawn);
        document.getElementById('boundary-save')?.focus();
      },
      onCancel: () => { this.editor = null; this.view.setBoundary(this.state.data.map.boundary); },
    });
    if (geometry) this.editor.edit(geometry); else this.editor.start();
  }

  async saveDrawn(name, error) {
    const geometry = this.editor ? this.editor.finish() : this.drawn;
    this.editor = null;
    if (!geometry) {
      if (this.state.data.map.boundary) return this.save({ boundaryName: name }, error);
      error.textContent = this.t('boundary.nothingDrawn');
      error.hidden = false;
      return;
    }
    await this.save({ boundary: geometry, boundaryRadius: null, boundaryName: name }, error);
  }

  async save(body, error) {
    error.hidden = true;
    const map = this.state.data.map;
    try {
      const { data } = await this.state.api.patch(`/maps/${map.id}`, body, map.version);
      Object.assign(map, { version: data.version, boundary: data.boundary, boundaryShape: data.boundaryShape,
        boundaryName: data.boundaryName, boundaryRadius: data.boundaryRadius });
      this.view.setBoundary(map.boundary);
      this.state.notify(this.t('boundary.saved'));
      this.close();
    } catch (failure) {
      if (failure instanceof ApiError && failure.isConflict) {
        Object.assign(map, { version: failure.problem.current.version });
        error.textContent = this.t('boundary.changedMeanwhile');
      } else {
        error.textContent = failure.fieldErrors?.boundaryRadius || failure.fieldErrors?.boundary || failure.message;
      }
      error.hidden = false;
    }
  }

  clearPreview() {
    this.previewCircle?.remove();
    this.previewCircle = null;
  }

  close() {
    this.editor?.cancel();
    this.editor = null;
    this.clearPreview();
    this.view.setBoundary(this.state.data.map.boundary);
    this.panel.closeDetail();
  }
}

function countVertices(geometry) {
  if (geometry.type === 'LineString') return geometry.coordinates.length;
  if (geometry.type === 'Polygon') return geometry.coordinates[0].length - 1;
  return 0;
}
