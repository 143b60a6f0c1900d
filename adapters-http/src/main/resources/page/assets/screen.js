// What the whole event page shows: its state (body[data-state], the sections that belong to it), the
// connection line, the alert, the screen-reader announcer and the tab title. Views fill in their own parts.

export const STATES = ['loading', 'joining', 'waiting', 'admitted', 'holding', 'confirmed', 'left', 'expired',
  'not-found', 'error'];

const byId = (id) => document.getElementById(id);

/** Shows the sections whose data-states lists the state, and hides every other one. */
export function showState(state) {
  if (!STATES.includes(state)) {
    throw new Error(`not a page state: ${state}`);
  }
  document.body.dataset.state = state;
  for (const section of document.querySelectorAll('[data-states]')) {
    section.hidden = !section.dataset.states.split(' ').includes(state);
  }
}

export function currentState() {
  return document.body.dataset.state;
}

/** ok: the last call was answered; otherwise the calm "reconnecting" line, and the page keeps trying. */
export function showConnection(ok) {
  document.body.dataset.connection = ok ? 'ok' : 'reconnecting';
  byId('reconnecting').hidden = ok;
}

/** A refusal or a loss, in words (role="alert": read out at once). */
export function showAlert(text) {
  const alert = byId('alert');
  alert.textContent = text;
  alert.hidden = false;
}

export function clearAlert() {
  const alert = byId('alert');
  alert.hidden = true;
  alert.textContent = '';
}

/**
 * Tells screen readers something politely (after what they are reading). The same words twice in a row would
 * not be read again, so the region is emptied first.
 */
export function announce(text) {
  const announcer = byId('announcer');
  announcer.textContent = '';
  setTimeout(() => {
    announcer.textContent = text;
  }, 100);
}

export function setTitle(text) {
  document.title = text;
}

/** Shows the element with that id, or hides it. */
export function reveal(id, shown) {
  byId(id).hidden = !shown;
}

/** Sets an element's text: always as text, never as markup (operator and server words included). */
export function setText(id, text) {
  byId(id).textContent = text;
}
