// The home page: what the waiting room is, and a form that opens an event's page.

import { fillStaticText, t } from './text.js';

const EVENT_ID = /^[A-Za-z0-9._:-]{1,64}$/;

function start() {
  fillStaticText();
  document.title = t('home.title');
  const form = document.getElementById('event-form');
  const input = document.getElementById('event-id');
  const error = document.getElementById('event-id-error');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const eventId = input.value.trim();
    if (!EVENT_ID.test(eventId)) {
      error.textContent = t('home.invalid');
      error.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    location.assign(`/events/${encodeURIComponent(eventId)}`);
  });
  input.addEventListener('input', () => {
    error.hidden = true;
    input.removeAttribute('aria-invalid');
  });
}

start();
