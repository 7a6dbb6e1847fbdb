/**
 * Talks to Buurtkaart's JSON API: sends the session's CSRF token with every change,
 * `If-Match` with the version being changed, and turns problem documents into errors the
 * page can show (their `detail` is already in the reader's language).
 */

/** An answer of the API that is not a success. */
export class ApiError extends Error {
  /**
   * @param {number} status
   * @param {object} problem the application/problem+json body (detail, code, errors, current…)
   */
  constructor(status, problem) {
    super(problem?.detail || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }

  /** Messages per field (`evaluation.ring` → text). */
  get fieldErrors() {
    const errors = {};
    for (const error of this.problem.errors || []) errors[error.field] = error.detail;
    return errors;
  }

  get isConflict() { return this.status === 409 && this.problem.current !== undefined; }
}

export class Api {
  /** @param {string} csrfToken */
  constructor(csrfToken) {
    this.csrfToken = csrfToken;
  }

  /**
   * @param {string} method
   * @param {string} path under /api/v1
   * @param {{body?: any, version?: number, raw?: Blob, contentType?: string}} options
   * @returns {Promise<{data: any, etag: string|null, status: number}>}
   */
  async request(method, path, options = {}) {
    const headers = { Accept: 'application/json' };
    if (method !== 'GET') headers['X-CSRF-Token'] = this.csrfToken;
    if (options.version !== undefined) headers['If-Match'] = `"${options.version}"`;
    let body;
    if (options.raw !== undefined) {
      body = options.raw;
      headers['Content-Type'] = options.contentType;
    } else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['Content-Type'] = 'application/json';
    }
    const response = await fetch(`/api/v1${path}`, { method, headers, body, credentials: 'same-origin' });
    const etag = response.headers.get('ETag');
    if (response.status === 204 || response.status === 304) return { data: null, etag, status: response.status };
    const type = response.headers.get('Content-Type') || '';
    const data = type.includes('json') ? await response.json() : null;
    if (!response.ok) throw new ApiError(response.status, data);
    return { data, etag, status: response.status };
  }

  get(path) { return this.request('GET', path); }
  post(path, body) { return this.request('POST', path, { body }); }
  patch(path, body, version) { return this.request('PATCH', path, { body, version }); }
  put(path, body) { return this.request('PUT', path, { body }); }
  delete(path, version) { return this.request('DELETE', path, { version }); }
}

/** The version in an ETag such as `"7"`. */
export function versionOf(etag) {
  const match = /"(\d+)"/.exec(etag || '');
  return match ? Number(match[1]) : undefined;
}
