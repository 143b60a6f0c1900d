// The event page: finds or makes this browser's place in the event's line, keeps it while waiting, and hands
// over to the seat choice once admitted. The event id comes from the address (/events/<id>), nowhere else.

import { api } from './api.js';
import { forgetPlace, onPlaceChangedElsewhere, placeOrNew, readPlace, updatePlace } from './place-store.js';
import { forgetAnnouncedPosition, showWaiting, waitedClock } from './queue-view.js';
import { announce, clearAlert, currentState, reveal, setText, setTitle, showConnection, showState } from './screen.js';
import { SeatChoice, showConfirmation, wireSeatButtons } from './seat-flow.js';
import { fillStaticText, t } from './text.js';
import { Visit } from './visit.js';

const byId = (id) => document.getElementById(id);

function eventIdFromPath(path) {
  const match = /^\/events\/([^/]+)\/?$/.exec(path);
  if (!match) {
    return null;
  }
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

/** What the page knows; the seat choice reads and saves through it. */
const page = {
  eventId: eventIdFromPath(location.pathname),
  /** The stored place this visit follows (see place-store.js). */
  place: null,
  event: { name: '', message: '', paused: false, maxSeatsPerHold: 1 },
  visit: null,
  seats: null,

  /** Stores a change of the place; dropped when another tab has since put another place there. */
  save(change) {
    const saved = updatePlace(page.eventId, page.place.idempotencyKey, change);
    page.place = saved ?? { ...page.place, ...change };
  },

  /** The operator's words for the event: always as text, whatever they contain. */
  applyEvent(info) {
    page.event = {
      name: info.display_name || page.eventId,
      message: info.message || '',
      paused: Boolean(info.paused),
      maxSeatsPerHold: Number.isInteger(info.max_seats_per_hold) ? info.max_seats_per_hold : 1,
    };
    setText('event-name', page.event.name);
    setText('event-message', page.event.message);
    reveal('event-message', page.event.message !== '');
    // once let in, the title is the turn's: the seats read the event again while the state may still be 'joining'
    if (!page.seats && ['loading', 'joining'].includes(currentState())) {
      setTitle(t('title.loading', { name: page.event.name }));
    }
  },

  /** The place is gone, as the server said: TOKEN_EXPIRED ('expired') or TOKEN_NOT_FOUND ('left'). */
  ended(state, reason = '') {
    stopVisit();
    const body = state === 'left' ? 'left.body' : reason === 'window' ? 'expired.windowBody' : 'expired.body';
    setText('ended-heading', t(state === 'left' ? 'left.heading' : 'expired.heading'));
    setText('ended-body', t(body));
    setTitle(t('title.loading', { name: page.event.name }));
    showState(state);
  },

  notFound() {
    stopVisit();
    showState('not-found');
  },

  /** An answer this page has no words for: say what the server said, and offer a reload (the place is kept). */
  broken(answer) {
    stopVisit();
    setText('error-detail', answer?.message ? t('error.detail', { message: answer.message }) : '');
    showState('error');
  },

  /** Back to asking for the status, which leads on from wherever the place really is. */
  backToLine() {
    restart(visitPlace);
  },
};

function stopVisit() {
  page.visit?.cancel();
  page.seats?.stop();
  page.seats = null;
  waitedClock.stop();
}

/** Starts a new visit; whatever the current one was doing stops. */
function restart(run) {
  stopVisit();
  const visit = new Visit();
  page.visit = visit;
  run(visit).catch((error) => {
    if (!visit.cancelled) {
      console.error(error);
      page.broken(null);
    }
  });
}

async function visitPlace(visit) {
  showConnection(true);
  clearAlert(); // a refusal of the visit before is no news for this one
  forgetAnnouncedPosition();
  if (!(await loadEvent(visit))) {
    return;
  }
  const place = await placeOrNew(page.eventId);
  if (visit.cancelled) {
    return;
  }
  page.place = place;
  if (place.confirmedSeats) {
    showConfirmation(place.confirmedSeats, page.event.name);
    return;
  }
  if (!place.token) {
    showState('joining');
    if (!(await join(visit))) {
      return;
    }
  }
  await waitInLine(visit);
}

/** The event's name, message and seat limit. False when there is no such event (or the page cannot go on). */
async function loadEvent(visit) {
  const answer = await visit.untilAnswered(() => api.eventInfo(page.eventId));
  if (answer.outcome === 'ok') {
    page.applyEvent(answer.body);
    return true;
  }
  if (answer.code === 'EVENT_NOT_FOUND') {
    page.notFound();
    return false;
  }
  page.broken(answer);
  return false;
}

/**
 * Joins with the stored key. The same key again (a retry after a lost answer, or a second tab) is answered
 * 409 DUPLICATE_REQUEST with the token it made: that is the same place, not an error.
 */
async function join(visit) {
  const key = page.place.idempotencyKey;
  const answer = await visit.untilAnswered(() => api.join(page.eventId, key));
  let token = null;
  let joinedPosition = page.place.joinedPosition;
  if (answer.outcome === 'ok') {
    token = answer.body.waiting_token;
    joinedPosition = answer.body.position_hint;
  } else if (answer.code === 'DUPLICATE_REQUEST' && answer.body?.waiting_token) {
    token = answer.body.waiting_token;
  } else if (answer.code === 'EVENT_NOT_FOUND') {
    page.notFound();
    return false;
  } else {
    page.broken(answer);
    return false;
  }
  page.save({ token, joinedPosition: page.place.joinedPosition ?? joinedPosition });
  return true;
}

/** Asks for the status as often as the server says, until the place is admitted or gone. */
async function waitInLine(visit) {
  for (;;) {
    const answer = await visit.untilAnswered(() => api.status(page.place.token));
    if (answer.outcome !== 'ok') {
      if (answer.code === 'TOKEN_EXPIRED') {
        page.ended('expired');
      } else if (answer.code === 'TOKEN_NOT_FOUND') {
        page.ended('left');
      } else {
        page.broken(answer);
      }
      return;
    }
    const status = answer.body;
    if (status.status === 'ready') {
      await admitted(visit);
      return;
    }
    if (page.place.joinedPosition == null) {
      page.save({ joinedPosition: status.position }); // joined in another tab, or before the answer was lost
    }
    showWaiting({
      position: status.position,
      etaSec: status.eta_sec,
      waitedSec: status.waiting_time,
      joinedPosition: page.place.joinedPosition,
      paused: page.event.paused,
    });
    setTitle(t('title.waiting', { position: status.position, name: page.event.name }));
    showNotifyOffer();
    showState('waiting');
    // the server paces polls (at most a third of the heartbeat), so this also keeps the place while hidden
    await visit.nap(Math.max(1, status.poll_after_sec) * 1000);
  }
}

async function admitted(visit) {
  waitedClock.stop();
  setTitle(t('title.admitted', { name: page.event.name }));
  announce(t('announce.admitted'));
  notifyTurn();
  page.seats = new SeatChoice(visit, page);
  await page.seats.begin();
}

function notifyTurn() {
  if (!('Notification' in window) || Notification.permission !== 'granted') {
    return;
  }
  try {
    new Notification(t('notification.title'), {
      body: t('notification.body', { name: page.event.name }),
      tag: `waiting-room:${page.eventId}`,
    });
  } catch {
    // some browsers only notify from a service worker: the title and the page say it anyway
  }
}

/** The offer to notify, only where the browser can, and only until the person has decided. */
function showNotifyOffer() {
  const supported = 'Notification' in window;
  const permission = supported ? Notification.permission : 'denied';
  reveal('notify', supported && permission === 'default');
  reveal('notify-note', supported && permission !== 'default');
  if (supported && permission !== 'default') {
    setText('notify-note', t(permission === 'granted' ? 'waiting.notifyOn' : 'waiting.notifyDenied'));
  }
}

async function askToNotify() {
  try {
    await Notification.requestPermission();
  } finally {
    showNotifyOffer();
  }
}

/** The real DELETE route; then the place is forgotten here, so a new join gets a new key. */
function leave() {
  const token = page.place?.token;
  byId('leave').disabled = true;
  restart(async (visit) => {
    if (token) {
      // 200 also when the place was gone already; anything else means there is no place to leave either
      await visit.untilAnswered(() => api.leave(token));
    }
    forgetPlace(page.eventId);
    page.place = null;
    byId('leave').disabled = false;
    page.ended('left');
  });
}

function joinAgain() {
  forgetPlace(page.eventId);
  page.place = null;
  clearAlert();
  showState('joining');
  restart(visitPlace);
}

/** Another tab of this browser changed the place: follow it, so both show the same. */
function followOtherTab(stored) {
  const mine = page.place;
  if (!stored) {
    if (mine && !['left', 'not-found'].includes(currentState())) {
      page.place = null;
      page.ended('left');
    }
    return;
  }
  if (!mine || stored.idempotencyKey !== mine.idempotencyKey || stored.token !== mine.token) {
    page.place = stored;
    restart(visitPlace);
    return;
  }
  page.place = stored;
  if (page.seats) {
    page.seats.follow(stored);
  } else if (stored.confirmedSeats) {
    stopVisit();
    showConfirmation(stored.confirmedSeats, page.event.name);
  } else if (stored.pass) {
    page.visit?.wake(); // the other tab was admitted: ask now rather than at the next poll
  }
}

function visibilityChanged() {
  waitedClock.visibilityChanged();
  if (document.visibilityState === 'visible') {
    page.visit?.wake(); // whatever was waited for, ask now: the person is looking
  }
}

function start() {
  fillStaticText();
  byId('leave').addEventListener('click', leave);
  byId('join-again').addEventListener('click', joinAgain);
  byId('notify').addEventListener('click', askToNotify);
  byId('reload').addEventListener('click', () => location.reload());
  wireSeatButtons();
  if (!page.eventId) {
    showState('not-found');
    return;
  }
  page.event.name = page.eventId;
  setText('event-name', page.eventId);
  setTitle(t('title.loading', { name: page.eventId }));
  onPlaceChangedElsewhere(page.eventId, followOtherTab);
  document.addEventListener('visibilitychange', visibilityChanged);
  // a stored place is resumed as it is; without one, the first thing sent is the join
  page.place = readPlace(page.eventId);
  restart(visitPlace);
}

start();
