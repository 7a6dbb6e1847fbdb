/**
 * The interface texts the server embedded in the page, in the reader's language, with
 * `{placeholders}` filled in.
 */
export class Texts {
  /** @param {Record<string, string>} table */
  constructor(table) {
    this.table = table;
  }

  /**
   * @param {string} key
   * @param {Record<string, string|number>} [values]
   */
  t(key, values = {}) {
    const template = this.table[key] ?? key;
    return template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
  }
}

/**
 * Makes an element: `h('button', {class: 'x', onclick: f}, 'Text')`. Children are nodes or
 * strings (always inserted as text, never as markup).
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'class') element.className = value;
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** Lower case without accents, for searching names as people type them. */
export function fold(text) {
  return (text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
