// The waiting room's HTTP API as this page uses it. Every call resolves (never throws) to an answer:
//   ok          the server did it (2xx)
//   refused     the server said no, with an error code (4xx): the page shows it in words
//   unreachable no answer, or the server could not answer now (network error, timeout, 408, 5xx):
//               the caller keeps what it has and tries again; it never concludes anything from this
// Nothing here ever makes up a token, a position or an admission.

const CALL_TIMEOUT_MS = 15000;

/**
 * @typedef {object} Answer
 * @property {'ok'|'refused'|'unreachable'} outcome
 * @property {number} status      0 when nothing came back
 * @property {any} body           the parsed JSON, or null
 * @property {string|null} code   the error code of a refusal
 * @property {string} message     the server's own words about a refusal
 * @property {number|null} retryAfterSec
 * @property {number|null} serverTime  the server's clock (ms) from its Date header, to correct skew
 */

async function call(method, path, { json, bearer, idempotencyKey, noStore } = {}) {
  const headers = { Accept: 'application/json' };
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (bearer) {
    headers.Authorization = `Bearer ${bearer}`;
  }
  if (idempotencyKey) {
    headers['Idempotency-Key'] = idempotencyKey;
  }
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: json === undefined ? undefined : JSON.stringify(json),
      cache: noStore ? 'no-store' : 'default',
      credentials: 'omit',
      signal: timeoutSignal(),
    });
  } catch {
    return unreachable(0, null);
  }
  const body = await parsedBody(response);
  const retryAfter = retryAfterSeconds(response.headers.get('Retry-After'));
  if (response.status >= 500 || response.status === 408) {
    return unreachable(response.status, retryAfter);
  }
  const date = Date.parse(response.headers.get('Date') ?? '');
  const answer = {
    outcome: response.ok ? 'ok' : 'refused',
    status: response.status,
    body,
    code: response.ok ? null : (body?.error?.code ?? null),
    message: response.ok ? '' : String(body?.error?.message ?? response.statusText ?? ''),
    retryAfterSec: retryAfter,
    serverTime: Number.isNaN(date) ? null : date,
  };
  return answer;
}

function unreachable(status, retryAfterSec) {
  return { outcome: 'unreachable', status, body: null, code: null, message: '', retryAfterSec, serverTime: null };
}

function timeoutSignal() {
  return typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(CALL_TIMEOUT_MS) : undefined;
}

async function parsedBody(response) {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

function retryAfterSeconds(header) {
  const seconds = Number.parseInt(header ?? '', 10);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}

const segment = encodeURIComponent;

export const api = {
  eventInfo: (eventId) => call('GET', `/api/v1/events/${segment(eventId)}`, { noStore: true }),
  // anonymous: no user_id, so the key alone makes a retried join the same join
  join: (eventId, idempotencyKey) => call('POST', '/api/v1/queue/join', { json: { event_id: eventId }, idempotencyKey }),
  status: (token) => call('GET', `/api/v1/queue/status?token=${segment(token)}`, { noStore: true }),
  enter: (token) => call('POST', '/api/v1/queue/enter', { json: { waiting_token: token } }),
  leave: (token) => call('DELETE', `/api/v1/queue/leave?token=${segment(token)}`),
  seats: (eventId) => call('GET', `/api/v1/events/${segment(eventId)}/seats`),
  hold: (pass, eventId, seatIds) => call('POST', '/api/v1/reservations',
    { json: { event_id: eventId, seat_ids: seatIds }, bearer: pass }),
  reservation: (pass, id) => call('GET', `/api/v1/reservations/${segment(id)}`, { bearer: pass, noStore: true }),
  confirm: (pass, id) => call('POST', `/api/v1/reservations/${segment(id)}/confirm`, { bearer: pass }),
  cancel: (pass, id) => call('POST', `/api/v1/reservations/${segment(id)}/cancel`, { bearer: pass }),
};
