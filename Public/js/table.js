/**
 * The data table: cells that can be changed in place (double-click, Enter or F2 on a
 * focused cell), saved one field at a time through the API with the row's version, with
 * the same checks as the forms. A change a colleague made first is shown, never overwritten
 * silently.
 */
import { Api, ApiError } from './map/api.js';
import { h } from './map/i18n.js';

const dataElement = document.getElementById('table-data');
const csrf = document.querySelector('input[name=_csrf]')?.value;
if (dataElement && csrf) {
  const choices = JSON.parse(dataElement.textContent);
  const texts = choices.texts;
  const api = new Api(csrf);
  const status = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  document.querySelector('main').append(status);

  const bodyFor = (field, value) => {
    const [head, tail] = field.split('.');
    let typed = value === '' ? null : value;
    if (field === 'evaluation.ring' && typed !== null) typed = Number(typed);
    if (['phone', 'email'].includes(field)) typed = value;
    return tail ? { [head]: { [tail]: typed } } : { [head]: typed };
  };

  const labelFor = (field, value) => {
    const spec = choices[field];
    if (spec?.type === 'select') return spec.options.find(([option]) => option === value)?.[1] ?? value;
    return value || '–';
  };

  const show = (cell, value) => {
    cell.dataset.value = value;
    if (cell.dataset.field === 'evaluation.tone' && value) {
      cell.replaceChildren(h('span', { class: `tone tone-${value}` }, labelFor(cell.dataset.field, value)));
    } else {
      cell.replaceChildren(labelFor(cell.dataset.field, value));
    }
  };

  async function save(cell, value, version) {
    const row = cell.closest('tr');
    const field = cell.dataset.field;
    cell.classList.remove('has-error');
    cell.querySelector('.field-error')?.remove();
    try {
      const { data } = await api.patch(`/actors/${row.dataset.id}`, bodyFor(field, value), version ?? Number(row.dataset.version));
      row.dataset.version = String(data.version);
      show(cell, value);
      status.textContent = texts['table.saved'];
      cell.classList.add('saved');
      setTimeout(() => cell.classList.remove('saved'), 1500);
    } catch (failure) {
      show(cell, cell.dataset.value);
      cell.classList.add('has-error');
      if (failure instanceof ApiError && failure.isConflict) {
        const current = failure.problem.current;
        const [head, tail] = field.split('.');
        const stored = tail ? current[head]?.[tail] : current[head];
        const storedText = stored === null || stored === undefined ? '' : String(stored);
        row.dataset.version = String(current.version);
        show(cell, storedText);
        cell.append(h('p', { class: 'field-error', role: 'alert' },
          texts['table.conflict'].replace('{value}', labelFor(field, storedText)), ' ',
          h('button', { type: 'button', class: 'small-button', onclick: () => save(cell, value, current.version) }, texts['table.applyMine'])));
      } else {
        const message = failure instanceof ApiError ? (Object.values(failure.fieldErrors)[0] || failure.message) : failure.message;
        cell.append(h('p', { class: 'field-error', role: 'alert' }, message));
      }
    }
  }

  function edit(cell) {
    if (cell.querySelector('input, select')) return;
    const field = cell.dataset.field;
    const spec = choices[field] || { type: 'text' };
    const original = cell.dataset.value;
    let control;
    if (spec.type === 'select') {
      control = h('select', { 'aria-label': texts['table.editCell'] },
        spec.options.map(([value, label]) => h('option', { value, selected: value === original }, label)));
    } else {
      control = h('input', { type: spec.type, value: original, 'aria-label': texts['table.editCell'] });
    }
    let done = false;
    const finish = (commit) => {
      if (done) return;
      done = true;
      if (commit && control.value !== original) save(cell, control.value);
      else show(cell, original);
      cell.focus();
    };
    control.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') { event.preventDefault(); finish(true); }
      if (event.key === 'Escape') { event.preventDefault(); finish(false); }
    });
    control.addEventListener('blur', () => finish(true));
    if (spec.type === 'select') control.addEventListener('change', () => finish(true));
    cell.replaceChildren(control);
    control.focus();
  }

  for (const cell of document.querySelectorAll('td[data-field]')) {
    cell.tabIndex = 0;
    cell.classList.add('editable');
    cell.title = texts['table.editCell'];
    cell.addEventListener('dblclick', () => edit(cell));
    cell.addEventListener('keydown', (event) => {
      if ((event.key === 'Enter' || event.key === 'F2') && event.target === cell) { event.preventDefault(); edit(cell); }
    });
  }
}
