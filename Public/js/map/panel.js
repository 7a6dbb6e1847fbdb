/**
 * The side panel of the map page (a bottom sheet on a phone): the layers with their counts,
 * visibility, order and settings; the searchable, filterable list of actors, through which
 * every marker can also be reached with a keyboard or a screen reader; and the legend.
 */
import { h, fold } from './i18n.js';
import { markerSVG } from './markers.js';

export class Panel extends EventTarget {
  constructor(element, state) {
    super();
    this.element = element;
    this.state = state;
    this.t = (key, values) => state.texts.t(key, values);
  }

  emit(type, detail) { this.dispatchEvent(new CustomEvent(type, { detail })); }

  init() {
    const t = this.t;
    this.element.replaceChildren();
    this.element.classList.add('enhanced');
    const tabs = [['layers', t('layers.title')], ['list', t('map.tabActors')], ['legend', t('legend.title')]];
    this.tabList = h('div', { class: 'panel-tabs', role: 'tablist' },
      tabs.map(([id, label]) => h('button', {
        type: 'button', role: 'tab', id: `tab-${id}`, 'aria-controls': `tabpanel-${id}`, 'data-tab': id,
        onclick: () => this.showTab(id), onkeydown: (event) => this.tabKeys(event),
      }, label)));
    this.handle = h('button', { type: 'button', class: 'sheet-handle', 'aria-expanded': 'false', onclick: () => this.toggleSheet() },
      t('map.panelToggle'));
    this.tabPanels = {};
    for (const [id] of tabs) {
      this.tabPanels[id] = h('div', { class: 'tab-panel', role: 'tabpanel', id: `tabpanel-${id}`, 'aria-labelledby': `tab-${id}`, hidden: true });
    }
    this.detail = h('div', { class: 'panel-detail', hidden: true });
    this.element.append(this.handle, this.tabList, ...Object.values(this.tabPanels), this.detail);
    this.renderLayers();
    this.renderList();
    this.renderLegend();
    this.showTab('list');
  }

  toggleSheet(open) {
    const expanded = open ?? !this.element.classList.contains('expanded');
    this.element.classList.toggle('expanded', expanded);
    this.handle.setAttribute('aria-expanded', String(expanded));
  }

  tabKeys(event) {
    const buttons = [...this.tabList.querySelectorAll('[role=tab]')];
    const index = buttons.indexOf(event.target);
    let next = null;
    if (event.key === 'ArrowRight') next = buttons[(index + 1) % buttons.length];
    if (event.key === 'ArrowLeft') next = buttons[(index + buttons.length - 1) % buttons.length];
    if (next) { next.focus(); this.showTab(next.dataset.tab); }
  }

  showTab(id) {
    this.detail.hidden = true;
    this.detail.replaceChildren();
    for (const button of this.tabList.querySelectorAll('[role=tab]')) {
      const selected = button.dataset.tab === id;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
    }
    for (const [name, panel] of Object.entries(this.tabPanels)) panel.hidden = name !== id;
    this.currentTab = id;
  }

  /** Shows a view (an actor's card or form) in place of the tabs. */
  showDetail(content) {
    for (const panel of Object.values(this.tabPanels)) panel.hidden = true;
    this.detail.replaceChildren(content);
    this.detail.hidden = false;
    this.toggleSheet(true);
  }

  closeDetail() { this.showTab(this.currentTab || 'list'); }

  /* ---------- layers ---------- */

  symbolSelect(name, selected) {
    const { data } = this.state;
    const select = h('select', { name });
    const byCluster = {};
    for (const [id, symbol] of Object.entries(data.symbols)) (byCluster[symbol.cluster] ||= []).push([id, symbol]);
    for (const cluster of data.clusters) {
      const group = h('optgroup', { label: this.t(`cluster.${cluster}`) });
      for (const [id, symbol] of (byCluster[cluster] || []).sort((a, b) => a[1].name.localeCompare(b[1].name))) {
        group.append(h('option', { value: id, selected: id === selected }, symbol.name));
      }
      select.append(group);
    }
    return select;
  }

  layerMarker(layer, size = 24) {
    const span = h('span', { class: 'layer-marker', 'aria-hidden': 'true' });
    span.innerHTML = markerSVG(this.state.data.symbols[layer.symbol]?.glyph, layer.colour, size);
    return span;
  }

  renderLayers() {
    const t = this.t;
    const { data, canEdit } = this.state;
    const panel = this.tabPanels.layers;
    panel.replaceChildren();
    const counts = this.state.countsByLayer();
    const list = h('ul', { class: 'layer-rows' });
    for (const layer of data.layers) {
      const checkboxID = `show-${layer.id}`;
      const row = h('li', { class: 'layer-row', 'data-id': layer.id, draggable: canEdit ? 'true' : null },
        h('input', { type: 'checkbox', id: checkboxID, checked: !this.state.hidden.has(layer.id),
          onchange: (event) => { this.state.setLayerVisible(layer.id, event.target.checked); } }),
        h('label', { for: checkboxID }, this.layerMarker(layer), h('span', { class: 'layer-name' }, layer.name)),
        h('span', { class: 'count' }, String(counts[layer.id] || 0)),
        h('button', { type: 'button', class: 'small-button', title: t('map.onlyThisLayer'),
          'aria-label': t('map.onlyLayerNamed', { name: layer.name }), onclick: () => this.state.showOnlyLayer(layer.id) }, t('map.only')));
      if (canEdit) {
        const edit = h('button', { type: 'button', class: 'small-button', 'aria-expanded': 'false',
          'aria-label': t('layers.edit', { name: layer.name }) }, '⋯');
        const form = this.layerForm(layer);
        form.hidden = true;
        edit.addEventListener('click', () => {
          form.hidden = !form.hidden;
          edit.setAttribute('aria-expanded', String(!form.hidden));
          if (!form.hidden) form.querySelector('input')?.focus();
        });
        row.append(edit, form);
        this.makeDraggable(row);
      }
      list.append(row);
    }
    panel.append(
      h('div', { class: 'panel-actions' },
        h('button', { type: 'button', class: 'small-button', onclick: () => this.state.showAllLayers(true) }, t('map.showAll')),
        h('button', { type: 'button', class: 'small-button', onclick: () => this.state.showAllLayers(false) }, t('map.hideAll'))),
      list);
    if (canEdit) panel.append(this.newLayerForm());
  }

  layerForm(layer) {
    const t = this.t;
    const name = h('input', { type: 'text', name: 'name', value: layer.name, required: true, maxlength: 200, 'aria-label': t('field.name') });
    const colour = h('input', { type: 'color', name: 'colour', value: layer.colour, 'aria-label': t('field.colour') });
    const symbol = this.symbolSelect('symbol', layer.symbol);
    symbol.setAttribute('aria-label', t('field.symbol'));
    const error = h('p', { class: 'field-error', role: 'alert', hidden: true });
    const form = h('form', { class: 'layer-edit' },
      h('label', {}, t('field.name'), name),
      h('div', { class: 'row' }, h('label', {}, t('field.colour'), colour), h('label', {}, t('field.symbol'), symbol)),
      error,
      h('div', { class: 'form-actions' },
        h('button', { type: 'submit', class: 'button primary small' }, t('action.save')),
        h('button', { type: 'button', class: 'small-button', 'aria-label': t('layers.moveUp', { name: layer.name }),
          onclick: () => this.state.moveLayer(layer.id, -1) }, '↑'),
        h('button', { type: 'button', class: 'small-button', 'aria-label': t('layers.moveDown', { name: layer.name }),
          onclick: () => this.state.moveLayer(layer.id, 1) }, '↓'),
        h('button', { type: 'button', class: 'button danger small', onclick: () => this.deleteLayerDialog(layer) }, t('action.delete'))));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      error.hidden = true;
      try {
        await this.state.updateLayer(layer, { name: name.value, colour: colour.value, symbol: symbol.value });
      } catch (failure) {
        error.textContent = failure.message;
        error.hidden = false;
      }
    });
    return form;
  }

  newLayerForm() {
    const t = this.t;
    const name = h('input', { type: 'text', name: 'name', required: true, maxlength: 200 });
    const colour = h('input', { type: 'color', name: 'colour', value: '#6c757d' });
    const symbol = this.symbolSelect('symbol', 'others.citizensInitiative');
    const error = h('p', { class: 'field-error', role: 'alert', hidden: true });
    const form = h('form', { class: 'new-layer' },
      h('h3', {}, t('layers.add')),
      h('label', {}, t('field.name'), name),
      h('div', { class: 'row' }, h('label', {}, t('field.colour'), colour), h('label', {}, t('field.symbol'), symbol)),
      error,
      h('button', { type: 'submit', class: 'button secondary small' }, t('layers.create')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      error.hidden = true;
      try {
        await this.state.createLayer({ name: name.value, colour: colour.value, symbol: symbol.value });
      } catch (failure) {
        error.textContent = failure.message;
        error.hidden = false;
      }
    });
    return form;
  }

  deleteLayerDialog(layer) {
    const t = this.t;
    const count = this.state.countsByLayer()[layer.id] || 0;
    const others = this.state.data.layers.filter((other) => other.id !== layer.id);
    const target = h('select', { name: 'target' }, others.map((other) => h('option', { value: other.id }, other.name)));
    const move = h('input', { type: 'radio', name: 'fate', value: 'move', checked: others.length > 0, disabled: others.length === 0 });
    const remove = h('input', { type: 'radio', name: 'fate', value: 'delete', checked: others.length === 0 });
    const error = h('p', { class: 'field-error', role: 'alert', hidden: true });
    const dialog = h('dialog', { class: 'bk-dialog', 'aria-labelledby': 'delete-layer-title' },
      h('form', { method: 'dialog' },
        h('h2', { id: 'delete-layer-title' }, t('layers.deleteNamed', { name: layer.name })),
        count === 0 ? h('p', {}, t('layers.deleteEmpty')) : h('div', {},
          h('p', {}, t('layers.deleteHasActors', { count })),
          h('fieldset', {}, h('legend', {}, t('layers.whereActorsGo')),
            h('label', { class: 'choice' }, move, t('layers.moveActors')), target,
            h('label', { class: 'choice' }, remove, t('layers.deleteActors', { count })))),
        error,
        h('div', { class: 'form-actions' },
          h('button', { type: 'submit', value: 'confirm', class: 'button danger' }, t('action.delete')),
          h('button', { type: 'submit', value: 'cancel', class: 'small-button' }, t('action.cancel')))));
    document.body.append(dialog);
    dialog.addEventListener('close', async () => {
      if (dialog.returnValue === 'confirm') {
        try {
          await this.state.deleteLayer(layer, count === 0 ? null : (move.checked ? { moveActorsTo: target.value } : { deleteActors: true }));
        } catch (failure) {
          this.state.notify(failure.message, 'error');
        }
      }
      dialog.remove();
    });
    dialog.showModal();
  }

  makeDraggable(row) {
    row.addEventListener('dragstart', (event) => {
      event.dataTransfer.setData('text/plain', row.dataset.id);
      row.classList.add('dragging');
    });
    row.addEventListener('dragend', () => row.classList.remove('dragging'));
    row.addEventListener('dragover', (event) => { event.preventDefault(); row.classList.add('drop-target'); });
    row.addEventListener('dragleave', () => row.classList.remove('drop-target'));
    row.addEventListener('drop', (event) => {
      event.preventDefault();
      row.classList.remove('drop-target');
      const moved = event.dataTransfer.getData('text/plain');
      if (moved && moved !== row.dataset.id) this.state.placeLayerBefore(moved, row.dataset.id);
    });
  }

  /* ---------- list and filters ---------- */

  renderList() {
    const t = this.t;
    const { data, filter, canEdit } = this.state;
    const panel = this.tabPanels.list;
    panel.replaceChildren();
    const select = (name, label, options) => {
      const element = h('select', { name, id: `filter-${name}` },
        h('option', { value: '' }, t('filter.any')),
        options.map(([value, text]) => h('option', { value, selected: filter[name] === value }, text)));
      element.addEventListener('change', () => this.state.setFilter({ [name]: element.value }));
      return h('div', { class: 'field' }, h('label', { for: `filter-${name}` }, label), element);
    };
    const search = h('input', { type: 'search', id: 'filter-q', value: filter.q, placeholder: t('map.searchPlaceholder') });
    search.addEventListener('input', () => this.state.setFilter({ q: search.value }));
    const keyFigure = h('input', { type: 'checkbox', id: 'filter-keyFigure', checked: filter.keyFigure });
    keyFigure.addEventListener('change', () => this.state.setFilter({ keyFigure: keyFigure.checked }));
    const filters = h('details', { class: 'filters-more', open: this.state.hasExtraFilters() },
      h('summary', {}, t('map.moreFilters')),
      h('div', { class: 'filter-grid' },
        select('layer', t('field.layer'), data.layers.map((layer) => [layer.id, layer.name])),
        select('status', t('field.status'), ['current', 'potential', 'dormant', 'absent'].map((value) => [value, t(`status.${value}`)])),
        select('ring', t('field.ring'), [['1', t('ring.1')], ['2', t('ring.2')], ['3', t('ring.3')], ['4', t('ring.4')], ['none', t('ring.none')]]),
        select('tone', t('field.tone'), ['constructive', 'neutral', 'conflictual'].map((value) => [value, t(`tone.${value}`)])),
        select('kind', t('field.kind'), ['organisation', 'service', 'person', 'group', 'business', 'place', 'onlineCommunity'].map((value) => [value, t(`kind.${value}`)])),
        h('label', { class: 'choice', for: 'filter-keyFigure' }, keyFigure, t('field.isKeyFigure'))));
    this.resultCount = h('p', { class: 'meta', role: 'status', 'aria-live': 'polite' });
    this.results = h('ul', { class: 'actor-results' });
    panel.append(
      h('div', { class: 'field search-field' }, h('label', { for: 'filter-q' }, t('filter.search')), search),
      filters,
      h('div', { class: 'panel-actions' },
        canEdit ? h('button', { type: 'button', class: 'button primary small', id: 'add-on-map', onclick: () => this.emit('add', { mode: 'map' }) }, t('map.addOnMap')) : null,
        canEdit ? h('button', { type: 'button', class: 'small-button', onclick: () => this.emit('add', { mode: 'here' }) }, t('map.addHere')) : null,
        canEdit ? h('button', { type: 'button', class: 'small-button', onclick: () => this.emit('add', { mode: 'none' }) }, t('map.addWithoutPlace')) : null,
        this.clearButton = h('button', { type: 'button', class: 'small-button', hidden: !this.state.isFiltered(),
          onclick: () => { this.state.clearFilter(); } }, t('filter.clear'))),
      this.resultCount, this.results);
    this.updateResults();
  }

  /** Lists the actors that pass the filter (the first 200; the count says how many). */
  updateResults() {
    const t = this.t;
    if (this.clearButton) this.clearButton.hidden = !this.state.isFiltered();
    const shown = this.state.features.filter((feature) => this.state.isShown(feature));
    const limit = 200;
    this.resultCount.textContent = shown.length > limit
      ? t('map.resultsLimited', { shown: limit, total: shown.length })
      : t('actors.shown', { shown: shown.length, total: this.state.features.length });
    const items = shown.slice(0, limit).map((feature) => {
      const layer = this.state.layerById(feature.properties.layerId);
      const marker = h('span', { class: 'layer-marker', 'aria-hidden': 'true' });
      const glyph = this.state.data.symbols[feature.properties.symbol]?.glyph;
      marker.innerHTML = markerSVG(glyph, layer?.colour || '#6c757d', 24);
      return h('li', {},
        h('button', { type: 'button', class: 'actor-result', 'data-id': feature.id, onclick: () => this.emit('select', { id: feature.id }) },
          marker,
          h('span', { class: 'actor-result-name' }, feature.properties.name),
          h('span', { class: 'meta' }, [layer?.name, feature.geometry ? null : t('map.noPlace')].filter(Boolean).join(' · '))));
    });
    this.results.replaceChildren(...items);
  }

  /* ---------- legend ---------- */

  renderLegend() {
    const t = this.t;
    const { data } = this.state;
    const panel = this.tabPanels.legend;
    const counts = this.state.countsByLayer();
    const symbolCounts = {};
    for (const feature of this.state.features) symbolCounts[feature.properties.symbol] = (symbolCounts[feature.properties.symbol] || 0) + 1;
    const organisation = h('span', { class: 'legend-organisation', 'aria-hidden': 'true' });
    panel.replaceChildren(
      h('h3', {}, t('legend.layers')),
      h('ul', { class: 'legend-list' }, data.layers.filter((layer) => counts[layer.id]).map((layer) =>
        h('li', {}, this.layerMarker(layer, 22), ` ${layer.name} (${counts[layer.id]})`))),
      h('h3', {}, t('legend.symbols')),
      h('ul', { class: 'legend-list legend-symbols' }, Object.entries(symbolCounts)
        .filter(([id]) => data.symbols[id])
        .sort((a, b) => data.symbols[a[0]].name.localeCompare(data.symbols[b[0]].name))
        .map(([id, count]) => {
          const icon = h('span', { class: 'layer-marker', 'aria-hidden': 'true' });
          icon.innerHTML = markerSVG(data.symbols[id].glyph, '#52606d', 22);
          return h('li', {}, icon, ` ${data.symbols[id].name} (${count})`);
        })),
      h('h3', {}, t('legend.map')),
      h('ul', { class: 'legend-list' },
        h('li', {}, organisation, ` ${data.workspace.name}`),
        data.map.boundary ? h('li', {}, h('span', { class: 'legend-boundary', 'aria-hidden': 'true' }),
          ` ${data.map.boundaryName || t('boundary.title')}`) : null,
        h('li', {}, h('span', { class: 'legend-status potential', 'aria-hidden': 'true' }), ` ${t('status.potential')}`),
        h('li', {}, h('span', { class: 'legend-status dormant', 'aria-hidden': 'true' }), ` ${t('status.dormant')}`)));
  }
}
