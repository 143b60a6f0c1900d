// A person's place in one event's line, kept in localStorage so that a refresh, a second tab or a reopened
// browser finds the same place:
//   localStorage["waiting-room:<event>"] =
//     {"idempotencyKey", "token", "joinedPosition", "pass", "passExpiresAt", "reservationId", "confirmedSeats"}
// The key is stored before the join is sent: if the answer is lost, the retry sends the same key and the
// server answers with the token it already made, instead of a second place at the back.

const PREFIX = 'waiting-room:';

// where localStorage is refused (some private modes), the place lives as long as the page: still one key per join
const fallback = new Map();

export function storageKey(eventId) {
  return PREFIX + eventId;
}

function getItem(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return fallback.get(key) ?? null;
  }
}

function setItem(key, value) {
  try {
    localStorage.setItem(key, value);
  } catch {
    fallback.set(key, value);
  }
}

function removeItem(key) {
  try {
    localStorage.removeItem(key);
  } catch {
    // nothing stored there either
  }
  fallback.delete(key);
}

/** The stored place, or null when there is none (or it is not one of ours). */
export function parsePlace(text) {
  if (!text) {
    return null;
  }
  try {
    const place = JSON.parse(text);
    return place && typeof place.idempotencyKey === 'string' && place.idempotencyKey ? place : null;
  } catch {
    return null;
  }
}

export function readPlace(eventId) {
  return parsePlace(getItem(storageKey(eventId)));
}

/**
 * Merges a change into the stored place, unless another tab has since replaced it with another join (then the
 * change belongs to a place that is no longer ours, and is dropped). Returns the place as stored, or null.
 */
export function updatePlace(eventId, idempotencyKey, change) {
  const stored = readPlace(eventId);
  if (!stored || stored.idempotencyKey !== idempotencyKey) {
    return null;
  }
  const updated = { ...stored, ...change };
  setItem(storageKey(eventId), JSON.stringify(updated));
  return updated;
}

export function forgetPlace(eventId) {
  removeItem(storageKey(eventId));
}

/**
 * The stored place, or a new one with a fresh Idempotency-Key, stored before anything is sent. Two tabs opened
 * at once take turns (Web Locks, where the browser has them) so that they share one key, hence one place.
 */
export async function placeOrNew(eventId) {
  const readOrCreate = () => {
    const stored = readPlace(eventId);
    if (stored) {
      return stored;
    }
    const place = {
      idempotencyKey: newIdempotencyKey(),
      token: null,
      joinedPosition: null,
      pass: null,
      passExpiresAt: null,
      reservationId: null,
      confirmedSeats: null,
    };
    setItem(storageKey(eventId), JSON.stringify(place));
    return place;
  };
  if (navigator.locks?.request) {
    return navigator.locks.request(storageKey(eventId), readOrCreate);
  }
  return readOrCreate();
}

/** Calls back with the stored place (or null) whenever another tab changes this event's place. */
export function onPlaceChangedElsewhere(eventId, callback) {
  const key = storageKey(eventId);
  window.addEventListener('storage', (event) => {
    if (event.key === key || event.key === null) {
      callback(readPlace(eventId));
    }
  });
}

/** A random v4 UUID: crypto.randomUUID() needs a secure context, getRandomValues() does not. */
export function newIdempotencyKey() {
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
