/**
 * An actor in the side panel: its card (evaluation, details, team notes, photos), the form
 * to add or change it with every field of the method, and the choice a person makes when a
 * colleague saved the same actor first — never a silent overwrite.
 */
import { h } from './i18n.js';
import { markerSVG } from './markers.js';
import { ApiError, versionOf } from './api.js';

const KINDS = ['organisation', 'service', 'person', 'group', 'business', 'place', 'onlineCommunity'];
const STATUSES = ['current', 'potential', 'dormant', 'absent'];
const RECIPROCITIES = ['weGive', 'weReceive', 'mutual', 'none'];
const INFLUENCES = ['low', 'medium', 'high'];
const TONES = ['constructive', 'neutral', 'conflictual'];
const COLLABORATIONS = ['recruitment', 'offer', 'areaOfWork', 'referral', 'policyInfluence'];

/** The fields compared when two people saved the same actor, with their labels. */
const COMPARED = [
  ['name', 'field.name'], ['layerId', 'field.layer'], ['kind', 'field.kind'], ['symbol', 'field.symbol'],
  ['status', 'field.status'], ['formality', 'field.formality'], ['isSensitive', 'field.isSensitive'],
  ['isKeyFigure', 'field.isKeyFigure'], ['keyFigureNetworks', 'field.keyFigureNetworks'],
  ['evaluation.ring', 'field.ring'], ['evaluation.reciprocity', 'field.reciprocity'],
  ['evaluation.influence', 'field.influence'], ['evaluation.tone', 'field.tone'],
  ['evaluation.collaborations', 'field.collaborations'], ['evaluation.lastContact', 'field.lastContact'],
  ['address.street', 'field.street'], ['address.number', 'field.number'], ['address.postcode', 'field.postcode'],
  ['address.municipality', 'field.municipality'], ['phone', 'field.phone'], ['email', 'field.email'],
  ['website', 'field.website'], ['description', 'field.description'], ['teamNotes', 'field.teamNotes'],
  ['geometry', 'field.position'],
];

const get = (object, path) => path.split('.').reduce((value, key) => (value == null ? undefined : value[key]), object);
const set = (object, path, value) => {
  const keys = path.split('.');
  const last = keys.pop();
  let target = object;
  for (const key of keys) target = (target[key] ||= {});
  target[last] = value;
};
const same = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export class ActorPanel {
  constructor(state, panel) {
    this.state = state;
    this.panel = panel;
    this.t = (key, values) => state.texts.t(key, values);
  }

  /* ---------- card ---------- */

  async open(id) {
    const { api } = this.state;
    try {
      const { data } = await api.get(`/actors/${id}`);
      this.showCard(data);
    } catch (failure) {
      this.state.notify(failure.message, 'error');
    }
  }

  showCard(actor) {
    const t = this.t;
    const { data, canEdit } = this.state;
    const layer = this.state.layerById(actor.layerId);
    const symbol = data.symbols[actor.symbol];
    const icon = h('span', { class: 'layer-marker', 'aria-hidden': 'true' });
    icon.innerHTML = markerSVG(symbol?.glyph, layer?.colour || '#6c757d', 40);
    const row = (label, value) => (value ? h('div', {}, h('dt', {}, label), h('dd', { class: 'pre-line' }, value)) : null);
    const evaluation = actor.evaluation;
    const tone = evaluation.tone
      ? h('span', { class: `tone tone-${evaluation.tone}` }, t(`tone.${evaluation.tone}`)) : t('evaluation.notYet');
    const address = [[actor.address.street, actor.address.number].filter(Boolean).join(' '),
      [actor.address.postcode, actor.address.municipality].filter(Boolean).join(' ')].filter(Boolean).join(', ');
    const actions = canEdit ? h('div', { class: 'card-actions' },
      h('button', { type: 'button', class: 'button primary small', onclick: () => this.showForm(actor) }, t('action.edit')),
      actor.geometry?.type === 'Point'
        ? h('button', { type: 'button', class: 'small-button', onclick: () => this.state.movePoint(actor) }, t('map.move')) : null,
      !actor.geometry ? h('button', { type: 'button', class: 'small-button', onclick: () => this.state.placeActor(actor) }, t('map.placeOnMap')) : null,
      h('button', { type: 'button', class: 'small-button', onclick: () => this.state.drawActorShape(actor, 'line') }, t('map.drawRoute')),
      h('button', { type: 'button', class: 'small-button', onclick: () => this.state.drawActorShape(actor, 'polygon') }, t('map.drawArea')),
      h('button', { type: 'button', class: 'button danger small', onclick: () => this.state.deleteActor(actor) }, t('action.delete'))) : null;
    const card = h('article', { class: 'actor-card-panel', 'aria-labelledby': 'card-title' },
      h('div', { class: 'panel-detail-bar' },
        h('button', { type: 'button', class: 'small-button', onclick: () => this.close() }, `← ${t('map.backToList')}`),
        h('a', { href: `/actors/${actor.id}`, class: 'meta' }, t('map.openPage'))),
      h('header', { class: 'card-head' }, icon,
        h('div', {},
          h('h2', { id: 'card-title', tabindex: '-1' }, actor.name),
          h('p', { class: 'meta' }, [layer?.name, t(`kind.${actor.kind}`), symbol?.name, t(`status.${actor.status}`)].filter(Boolean).join(' · ')),
          actor.isSensitive ? h('span', { class: 'badge sensitive' }, t('actors.sensitive')) : null,
          actor.isKeyFigure ? h('span', { class: 'badge' }, t('actors.keyFigure')) : null)),
      actions,
      actor.description ? h('p', { class: 'pre-line' }, actor.description) : null,
      h('h3', {}, t('actors.evaluation')),
      h('dl', { class: 'evaluation' },
        row(t('field.ring'), evaluation.ring ? t(`ring.${evaluation.ring}`) : t('ring.none')),
        row(t('field.reciprocity'), evaluation.reciprocity ? t(`reciprocity.${evaluation.reciprocity}`) : t('evaluation.notYet')),
        row(t('field.influence'), evaluation.influence ? t(`influence.${evaluation.influence}`) : t('evaluation.notYet')),
        h('div', {}, h('dt', {}, t('field.tone')), h('dd', {}, tone)),
        row(t('field.collaborations'), evaluation.collaborations.map((kind) => t(`collaboration.${kind}`)).join(', ')),
        row(t('field.lastContact'), evaluation.lastContact)),
      h('h3', {}, t('actors.details')),
      h('dl', { class: 'details' },
        row(t('field.address'), address),
        row(t('field.phone'), actor.phone),
        actor.email ? h('div', {}, h('dt', {}, t('field.email')), h('dd', {}, h('a', { href: `mailto:${actor.email}` }, actor.email))) : null,
        actor.website ? h('div', {}, h('dt', {}, t('field.website')), h('dd', {}, h('a', { href: actor.website, rel: 'noopener noreferrer' }, actor.website))) : null,
        row(t('field.keyFigureNetworks'), actor.keyFigureNetworks)),
      actor.teamNotes ? h('section', { class: 'team-notes' }, h('h3', {}, t('field.teamNotes')), h('p', { class: 'pre-line' }, actor.teamNotes)) : null,
      this.photos(actor));
    this.current = actor;
    this.panel.showDetail(card);
    card.querySelector('#card-title').focus();
  }

  close() {
    this.current = null;
    this.state.select(null);
    this.panel.closeDetail();
  }

  photos(actor) {
    const t = this.t;
    const section = h('section', { class: 'photos' }, h('h3', {}, t('photos.title')));
    const grid = h('ul', { class: 'photo-grid' });
    section.append(grid);
    const load = async () => {
      const { data } = await this.state.api.get(`/actors/${actor.id}/photos`);
      grid.replaceChildren(...data.map((photo) => h('li', {},
        h('a', { href: photo.url, target: '_blank', rel: 'noopener' },
          h('img', { src: photo.url, alt: photo.caption || t('photos.of', { name: actor.name }), loading: 'lazy', width: photo.width, height: photo.height })),
        photo.caption ? h('p', { class: 'meta' }, photo.caption) : null,
        this.state.canEdit ? h('button', { type: 'button', class: 'small-button', 'aria-label': t('photos.delete'),
          onclick: async () => { await this.state.api.delete(`/actors/${actor.id}/photos/${photo.id}`); load(); } }, t('action.delete')) : null)));
      if (!data.length && !this.state.canEdit) section.hidden = true;
    };
    load().catch(() => { section.hidden = true; });
    if (this.state.canEdit) {
      const input = h('input', { type: 'file', accept: 'image/jpeg,image/png,image/webp', id: 'photo-input' });
      const error = h('p', { class: 'field-error', role: 'alert', hidden: true });
      input.addEventListener('change', async () => {
        const file = input.files[0];
        if (!file) return;
        error.hidden = true;
        try {
          await this.state.api.request('POST', `/actors/${actor.id}/photos`, { raw: file, contentType: file.type || 'application/octet-stream' });
          input.value = '';
          load();
        } catch (failure) {
          error.textContent = failure.fieldErrors?.photo || failure.message;
          error.hidden = false;
        }
      });
      section.append(h('label', { for: 'photo-input', class: 'upload-label' }, t('photos.add')), h('p', { class: 'hint' }, t('hint.photo')), input, error);
    }
    return section;
  }

  /* ---------- form ---------- */

  /**
   * Shows the form for `actor` (a full actor) or, without one, for a new actor at `geometry`
   * (with `address` proposed by the address search).
   */
  showForm(actor, { geometry = null, address = null, layerId = null } = {}) {
    const t = this.t;
    const { data } = this.state;
    const isNew = !actor;
    const defaultLayer = this.state.layerById(layerId) || data.layers.find((layer) => !this.state.hidden.has(layer.id)) || data.layers[0];
    const values = actor || {
      layerId: defaultLayer?.id, name: '', kind: 'organisation', symbol: '', status: 'current', formality: 'formal',
      isSensitive: false, isKeyFigure: false, keyFigureNetworks: '', geometry,
      evaluation: { ring: null, reciprocity: null, influence: null, tone: null, collaborations: [], lastContact: null },
      address: address || { street: '', number: '', postcode: '', municipality: '' },
      phone: '', email: '', website: '', description: '', teamNotes: '',
    };
    const form = h('form', { class: 'actor-form-panel', novalidate: true });
    const field = (name, label, control, hint) => {
      const id = `actor-${name.replace('.', '-')}`;
      control.id = id;
      control.name = name;
      return h('div', { class: 'field', 'data-field': name },
        h('label', { for: id }, label), hint ? h('p', { class: 'hint' }, hint) : null,
        h('p', { class: 'field-error', hidden: true }), control);
    };
    const text = (name, label, { type = 'text', maxlength = 200, hint } = {}) =>
      field(name, label, h('input', { type, value: get(values, name) ?? '', maxlength }), hint);
    const area = (name, label, hint) => {
      const control = h('textarea', { rows: 3, maxlength: 10000 });
      control.value = get(values, name) ?? '';
      return field(name, label, control, hint);
    };
    const select = (name, label, options) => field(name, label,
      h('select', {}, options.map(([value, text]) => h('option', { value, selected: String(get(values, name) ?? '') === value }, text))));
    const radios = (name, legend, options) => h('fieldset', { class: 'field choices', 'data-field': name },
      h('legend', {}, legend), h('p', { class: 'field-error', hidden: true }),
      options.map(([value, text]) => h('label', { class: 'choice' },
        h('input', { type: 'radio', name, value, checked: String(get(values, name) ?? '') === value }), text)));
    const check = (name, label, hint) => h('div', { class: 'field checkbox', 'data-field': name },
      h('label', { class: 'choice' }, h('input', { type: 'checkbox', name, checked: Boolean(get(values, name)) }), label),
      hint ? h('p', { class: 'hint' }, hint) : null, h('p', { class: 'field-error', hidden: true }));
    const symbolSelect = this.panel.symbolSelect('symbol', values.symbol);
    symbolSelect.prepend(h('option', { value: '', selected: !values.symbol }, t('actors.layerSymbol')));
    const notYet = ['', t('evaluation.notYet')];
    const summary = h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', hidden: true });
    form.append(...[
      h('div', { class: 'panel-detail-bar' },
        h('button', { type: 'button', class: 'small-button', onclick: () => (actor ? this.showCard(actor) : this.cancelNew()) }, `← ${t('action.cancel')}`)),
      h('h2', {}, isNew ? t('actors.new') : t('actors.editNamed', { name: actor.name })),
      summary,
      isNew && !geometry ? h('p', { class: 'hint' }, t('map.withoutPlaceHint')) : null,
      text('name', t('field.name')),
      select('layerId', t('field.layer'), data.layers.map((layer) => [layer.id, layer.name])),
      select('kind', t('field.kind'), KINDS.map((kind) => [kind, t(`kind.${kind}`)])),
      field('symbol', t('field.symbol'), symbolSelect, t('hint.symbol')),
      select('status', t('field.status'), STATUSES.map((status) => [status, t(`status.${status}`)])),
      select('formality', t('field.formality'), [['formal', t('formality.formal')], ['informal', t('formality.informal')]]),
      check('isSensitive', t('field.isSensitive'), t('hint.isSensitive')),
      check('isKeyFigure', t('field.isKeyFigure')),
      area('keyFigureNetworks', t('field.keyFigureNetworks'), t('hint.keyFigureNetworks')),
      h('h3', {}, t('actors.evaluation')),
      h('p', { class: 'hint' }, t('hint.evaluation')),
      radios('evaluation.ring', t('field.ring'), [['1', t('ring.1')], ['2', t('ring.2')], ['3', t('ring.3')], ['4', t('ring.4')], ['', t('ring.none')]]),
      radios('evaluation.reciprocity', t('field.reciprocity'), [...RECIPROCITIES.map((value) => [value, t(`reciprocity.${value}`)]), notYet]),
      radios('evaluation.influence', t('field.influence'), [...INFLUENCES.map((value) => [value, t(`influence.${value}`)]), notYet]),
      radios('evaluation.tone', t('field.tone'), [...TONES.map((value) => [value, t(`tone.${value}`)]), notYet]),
      h('fieldset', { class: 'field choices', 'data-field': 'evaluation.collaborations' },
        h('legend', {}, t('field.collaborations')), h('p', { class: 'field-error', hidden: true }),
        COLLABORATIONS.map((kind) => h('label', { class: 'choice' },
          h('input', { type: 'checkbox', name: 'evaluation.collaborations', value: kind, checked: values.evaluation.collaborations.includes(kind) }),
          t(`collaboration.${kind}`)))),
      text('evaluation.lastContact', t('field.lastContact'), { type: 'date', maxlength: 10 }),
      h('h3', {}, t('actors.place')),
      text('address.street', t('field.street')), text('address.number', t('field.number'), { maxlength: 20 }),
      text('address.postcode', t('field.postcode'), { maxlength: 12 }), text('address.municipality', t('field.municipality'), { maxlength: 100 }),
      h('h3', {}, t('actors.contact')),
      text('phone', t('field.phone'), { type: 'tel', maxlength: 40 }), text('email', t('field.email'), { type: 'email', maxlength: 254 }),
      text('website', t('field.website'), { type: 'url', maxlength: 500 }),
      h('h3', {}, t('actors.notes')),
      area('description', t('field.description')), area('teamNotes', t('field.teamNotes'), t('hint.teamNotes')),
      h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'button primary' }, isNew ? t('actors.create') : t('action.save'))),
    ].filter(Boolean));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const body = this.read(form);
      if (isNew) body.geometry = geometry;
      this.save(form, summary, actor, body);
    });
    this.panel.showDetail(form);
    form.querySelector('input[name=name]').focus();
  }

  cancelNew() {
    this.state.cancelNewActor();
    this.panel.closeDetail();
  }

  /** The form's values in the shape of the API's actor. */
  read(form) {
    const value = (name) => form.elements.namedItem(name)?.value ?? '';
    const radio = (name) => form.querySelector(`input[name="${name}"]:checked`)?.value || null;
    const ring = radio('evaluation.ring');
    return {
      layerId: value('layerId'), name: value('name'), kind: value('kind'), symbol: value('symbol'),
      status: value('status'), formality: value('formality'),
      isSensitive: form.querySelector('input[name=isSensitive]').checked,
      isKeyFigure: form.querySelector('input[name=isKeyFigure]').checked,
      keyFigureNetworks: value('keyFigureNetworks'),
      evaluation: {
        ring: ring ? Number(ring) : null, reciprocity: radio('evaluation.reciprocity'),
        influence: radio('evaluation.influence'), tone: radio('evaluation.tone'),
        collaborations: [...form.querySelectorAll('input[name="evaluation.collaborations"]:checked')].map((box) => box.value),
        lastContact: value('evaluation.lastContact') || null,
      },
      address: { street: value('address.street'), number: value('address.number'), postcode: value('address.postcode'), municipality: value('address.municipality') },
      phone: value('phone'), email: value('email'), website: value('website'),
      description: value('description'), teamNotes: value('teamNotes'),
    };
  }

  showErrors(form, summary, failure) {
    for (const element of form.querySelectorAll('.field-error')) { element.hidden = true; element.textContent = ''; }
    for (const element of form.querySelectorAll('[aria-invalid]')) element.removeAttribute('aria-invalid');
    const errors = failure.fieldErrors || {};
    const items = [];
    for (const [name, message] of Object.entries(errors)) {
      const container = form.querySelector(`[data-field="${CSS.escape(name)}"]`);
      const slot = container?.querySelector('.field-error');
      if (slot) { slot.textContent = message; slot.hidden = false; }
      container?.querySelector('input, select, textarea')?.setAttribute('aria-invalid', 'true');
      items.push(h('li', {}, message));
    }
    summary.replaceChildren(h('p', {}, failure.message), items.length ? h('ul', {}, items) : null);
    summary.hidden = false;
    summary.focus();
  }

  async save(form, summary, actor, body) {
    const { api } = this.state;
    try {
      if (actor) {
        const { data } = await api.patch(`/actors/${actor.id}`, body, actor.version);
        this.state.actorSaved(data);
        this.showCard(data);
      } else {
        const { data } = await api.post(`/maps/${this.state.data.map.id}/actors`, body);
        this.state.actorSaved(data, true);
        this.showCard(data);
      }
    } catch (failure) {
      if (failure instanceof ApiError && failure.isConflict) {
        this.showConflict(actor, body, failure.problem.current);
      } else {
        this.showErrors(form, summary, failure);
      }
    }
  }

  /**
   * A colleague saved this actor first. Shows, field by field, what is stored now and what
   * this person typed; they choose, and their choice is saved against the current version.
   */
  showConflict(base, mine, current) {
    const t = this.t;
    const differing = COMPARED.filter(([path]) => !same(get(mine, path), get(current, path)) && get(mine, path) !== undefined);
    // What this person changed is proposed as theirs to keep; what only the colleague changed, the colleague's.
    const changedByMe = (path) => !base || !same(get(mine, path), get(base, path));
    const display = (path, value) => {
      if (value === null || value === undefined || value === '') return '–';
      if (path === 'layerId') return this.state.layerById(value)?.name || value;
      if (path === 'symbol') return this.state.data.symbols[value]?.name || value;
      if (path === 'geometry') return value.type === 'Point' ? value.coordinates.slice().reverse().map((n) => n.toFixed(5)).join(', ') : value.type;
      if (typeof value === 'boolean') return value ? '✓' : '✗';
      if (Array.isArray(value)) return value.join(', ');
      return String(value);
    };
    const choices = differing.map(([path, label]) => h('fieldset', { class: 'conflict-field' },
      h('legend', {}, t(label)),
      h('label', { class: 'choice' }, h('input', { type: 'radio', name: `keep-${path}`, value: 'theirs', checked: !changedByMe(path) }),
        h('span', {}, h('strong', {}, `${t('conflict.stored')}: `), display(path, get(current, path)))),
      h('label', { class: 'choice' }, h('input', { type: 'radio', name: `keep-${path}`, value: 'mine', checked: changedByMe(path) }),
        h('span', {}, h('strong', {}, `${t('conflict.yours')}: `), display(path, get(mine, path))))));
    const view = h('form', { class: 'conflict-panel' },
      h('h2', { tabindex: '-1' }, t('conflict.title')),
      h('p', {}, t('conflict.choose')),
      differing.length ? choices : h('p', {}, t('conflict.sameValues')),
      h('div', { class: 'form-actions' },
        h('button', { type: 'submit', class: 'button primary' }, t('conflict.saveChoice')),
        h('button', { type: 'button', class: 'small-button', onclick: () => { this.state.actorSaved(current); this.showCard(current); } }, t('conflict.keepStored'))));
    view.addEventListener('submit', async (event) => {
      event.preventDefault();
      const merged = structuredClone(current);
      for (const [path] of differing) {
        const choice = view.querySelector(`input[name="keep-${path}"]:checked`)?.value;
        if (choice === 'mine') set(merged, path, get(mine, path));
      }
      const body = {};
      for (const key of ['layerId', 'name', 'kind', 'symbol', 'status', 'formality', 'isSensitive', 'isKeyFigure',
        'keyFigureNetworks', 'evaluation', 'address', 'phone', 'email', 'website', 'description', 'teamNotes', 'geometry']) body[key] = merged[key];
      try {
        const { data } = await this.state.api.patch(`/actors/${current.id}`, body, current.version);
        this.state.actorSaved(data);
        this.showCard(data);
      } catch (failure) {
        if (failure instanceof ApiError && failure.isConflict) this.showConflict(base, mine, failure.problem.current);
        else this.state.notify(failure.message, 'error');
      }
    });
    this.panel.showDetail(view);
    view.querySelector('h2').focus();
  }
}

export { versionOf };
