// After admission: enter (the entry pass), the admission window's countdown, the seat map, and a hold that is
// confirmed, cancelled or runs out. Every refusal is said in words and followed by a fresh map.

import { api } from './api.js';
import { Countdown } from './countdown.js';
import { updatePlace } from './place-store.js';
import { announce, clearAlert, reveal, setText, setTitle, showAlert, showState } from './screen.js';
import { SeatMap } from './seat-view.js';
import { list, plural, t } from './text.js';

/** How often the map is read again while someone is choosing (the server caches it briefly for everyone). */
const SEAT_REFRESH_MS = 15000;
/** The gateway caches the map for about a second: after a change, it is read again once that has passed. */
const AFTER_CHANGE_MS = 1500;
/** How long to keep asking when the store's clock has not quite reached an end this browser has passed. */
const END_CHECKS = 10;

const byId = (id) => document.getElementById(id);

let seatMap = null;
const windowCountdown = new Countdown(byId('window-countdown'), {
  onEnd: () => current?.windowEnded(),
  onLastMinute: () => announce(t('announce.minuteLeft')),
});
const holdCountdown = new Countdown(byId('hold-countdown'), {
  onEnd: () => current?.holdEnded(),
  onLastMinute: () => announce(t('announce.holdMinuteLeft')),
});

/** The seat choice of the current visit; null outside one. */
let current = null;

function theSeatMap() {
  seatMap ??= new SeatMap(byId('seat-map'), {
    onChange: () => {
      clearAlert();
      showSelection();
    },
    onLimit: () => {
      const text = t('selection.limit', { max: seatMap.max });
      setText('selection-summary', text);
      announce(text);
    },
  });
  return seatMap;
}

function showSelection(note = '') {
  const chosen = seatMap.selected();
  const summary = chosen.length === 0
    ? t('selection.none')
    : t('selection.some', { seats: list(chosen), count: chosen.length, max: seatMap.max });
  setText('selection-summary', note ? `${note} ${summary}` : summary);
  byId('hold').disabled = chosen.length === 0;
}

function setBusy(busy) {
  for (const id of ['hold', 'confirm', 'cancel']) {
    byId(id).dataset.busy = String(busy);
  }
  byId('confirm').disabled = busy;
  byId('cancel').disabled = busy;
  if (busy) {
    byId('hold').disabled = true;
  } else if (seatMap) {
    showSelection();
  }
}

/**
 * One admitted person choosing seats.
 *
 * @param visit  the visit it belongs to (cancelled: everything here stops)
 * @param page   {eventId, place, event, save(change), ended(state, reason), broken(answer), notFound(), backToLine()}
 */
export class SeatChoice {
  #visit;
  #page;
  #hold = null;
  #refreshTimer = null;
  /** The map is on screen: until then the state stays as it was, so "admitted" always comes with seats. */
  #shown = false;

  constructor(visit, page) {
    this.#visit = visit;
    this.#page = page;
  }

  /** Enters (again, harmlessly, after a reload), shows the window's countdown and the map, and any open hold. */
  async begin() {
    current = this;
    setBusy(false);
    const map = theSeatMap();
    const pass = await this.#enter();
    if (!pass) {
      return;
    }
    const info = await this.#visit.untilAnswered(() => api.eventInfo(this.#page.eventId));
    if (info.outcome === 'ok') {
      this.#page.applyEvent(info.body);
    }
    map.setMax(this.#page.event.maxSeatsPerHold);
    setText('how-to-choose', t('admitted.howTo', { max: map.max }));
    windowCountdown.start(this.#page.place.passExpiresAt);
    const stored = this.#page.place.reservationId;
    if (stored && !(await this.#resumeHold(stored, { told: false }))) {
      return;
    }
    if (!(await this.#refreshSeats())) {
      return;
    }
    this.#shown = true;
    showState(this.#hold ? 'holding' : 'admitted');
    this.#refreshLater();
  }

  stop() {
    if (current === this) {
      current = null;
      windowCountdown.stop();
      holdCountdown.stop();
    }
  }

  /** The entry pass: stored for a reload, and the end of the window, on this browser's clock. */
  async #enter() {
    const page = this.#page;
    const answer = await this.#visit.untilAnswered(() => api.enter(page.place.token));
    if (answer.outcome === 'ok') {
      // ttl_sec is what is left of the window now: no clock of the server's is needed to count it down
      page.save({ pass: answer.body.reservation_token, passExpiresAt: Date.now() + answer.body.ttl_sec * 1000 });
      return page.place.pass;
    }
    switch (answer.code) {
      case 'TOKEN_EXPIRED':
        page.ended('expired', 'window');
        break;
      case 'TOKEN_NOT_FOUND':
        page.ended('left');
        break;
      case 'NOT_READY':
        page.backToLine();
        break;
      default:
        page.broken(answer);
    }
    return null;
  }

  #refreshLater() {
    if (this.#refreshTimer != null || this.#visit.cancelled) {
      return;
    }
    this.#refreshTimer = this.#visit.later(SEAT_REFRESH_MS, async () => {
      this.#refreshTimer = null;
      if (current !== this) {
        return;
      }
      if (document.visibilityState === 'visible') {
        await this.#refreshSeats();
      }
      this.#refreshLater();
    });
  }

  /** Reads the map now, and once more when the gateway's cached copy can no longer be from before the change. */
  async #refreshAfterChange() {
    this.#visit.later(AFTER_CHANGE_MS, () => {
      if (current === this) {
        this.#refreshSeats();
      }
    });
    return this.#refreshSeats();
  }

  /**
   * Reads the map again; chosen seats someone else took meanwhile are dropped, and the person is told. False
   * when there is no map to show (the page has moved to another state).
   */
  async #refreshSeats() {
    const answer = await this.#visit.untilAnswered(() => api.seats(this.#page.eventId));
    if (answer.outcome !== 'ok') {
      if (answer.code === 'EVENT_NOT_FOUND') {
        this.#page.notFound();
      } else {
        this.#page.broken(answer);
      }
      return false;
    }
    const map = theSeatMap();
    const lost = map.show(answer.body.seats ?? [], this.#hold?.seatIds ?? []);
    reveal('no-seats', map.isEmpty);
    showSelection(lost.length ? plural('selection.lost', lost.length, { seats: list(lost) }) : '');
    return true;
  }

  async hold() {
    const seats = theSeatMap().selected();
    if (seats.length === 0 || this.#hold) {
      return;
    }
    clearAlert();
    setBusy(true);
    const page = this.#page;
    const answer = await this.#visit.untilAnswered(() => api.hold(page.place.pass, page.eventId, seats));
    setBusy(false);
    if (answer.outcome === 'ok') {
      this.#held(answer.body, answer.serverTime);
      await this.#refreshAfterChange();
      return;
    }
    switch (answer.code) {
      case 'SEAT_UNAVAILABLE': {
        const taken = answer.body?.unavailable_seats ?? [];
        showAlert(taken.length
          ? plural('refusal.SEAT_UNAVAILABLE', taken.length, { seats: list(taken) })
          : t('refusal.INVALID_SEAT'));
        // shown taken at once; a map read now could be the gateway's copy from before they were taken
        theSeatMap().markTaken(taken);
        showSelection();
        this.#visit.later(AFTER_CHANGE_MS, () => current === this && this.#refreshSeats());
        return;
      }
      case 'HOLD_EXISTS': {
        // a hold sent again after a lost answer meets the hold it made: that is no news to the person
        const id = answer.body?.reservation_id;
        if (id && (await this.#resumeHold(id, { told: false }))) {
          if (!sameSeats(this.#hold?.seatIds, seats)) {
            showAlert(t('refusal.HOLD_EXISTS'));
          }
        }
        break;
      }
      case 'TOO_MANY_SEATS':
        showAlert(t('refusal.TOO_MANY_SEATS', { max: theSeatMap().max }));
        break;
      case 'INVALID_RESERVATION_TOKEN':
        showAlert(t('refusal.INVALID_RESERVATION_TOKEN'));
        await this.windowEnded();
        return;
      default:
        this.#refused(answer);
    }
    await this.#refreshAfterChange();
  }

  async confirm() {
    const hold = this.#hold;
    if (!hold) {
      return;
    }
    clearAlert();
    setBusy(true);
    const answer = await this.#visit.untilAnswered(() => api.confirm(this.#page.place.pass, hold.id));
    setBusy(false);
    if (answer.outcome === 'ok') {
      this.#confirmed(answer.body.seat_ids ?? hold.seatIds);
      return;
    }
    await this.#holdRefused(answer);
  }

  async cancel() {
    const hold = this.#hold;
    if (!hold) {
      return;
    }
    clearAlert();
    setBusy(true);
    const answer = await this.#visit.untilAnswered(() => api.cancel(this.#page.place.pass, hold.id));
    setBusy(false);
    if (answer.outcome === 'ok') {
      this.#holdGone();
      theSeatMap().clearSelection();
      await this.#refreshAfterChange();
      return;
    }
    if (answer.code === 'RESERVATION_ALREADY_CONFIRMED') {
      this.#confirmed(hold.seatIds);
      return;
    }
    await this.#holdRefused(answer);
  }

  /** A confirm or cancel refused: the hold is over one way or another, or the window closed. */
  async #holdRefused(answer) {
    if (answer.code === 'INVALID_RESERVATION_TOKEN') {
      showAlert(t('refusal.INVALID_RESERVATION_TOKEN'));
      await this.windowEnded();
      return;
    }
    this.#refused(answer);
    this.#holdGone();
    await this.#refreshAfterChange();
  }

  #refused(answer) {
    const known = ['RESERVATION_EXPIRED', 'SOLD_OUT', 'RESERVATION_ALREADY_CANCELLED', 'INVALID_SEAT'];
    showAlert(known.includes(answer.code)
      ? t(`refusal.${answer.code}`)
      : t('refusal.generic', { message: answer.message || String(answer.status) }));
  }

  /**
   * Reads a hold this person has (after a reload, from another tab, or named by HOLD_EXISTS) and shows it as
   * it is. Returns false when the visit cannot go on choosing (confirmed, or the window closed).
   */
  async #resumeHold(id, { told }) {
    const answer = await this.#visit.untilAnswered(() => api.reservation(this.#page.place.pass, id));
    if (answer.outcome === 'ok') {
      switch (answer.body.status) {
        case 'HOLD':
          this.#held(answer.body, answer.serverTime);
          return true;
        case 'CONFIRMED':
          this.#confirmed(answer.body.seat_ids ?? []);
          return false;
        case 'EXPIRED':
          if (!told) {
            showAlert(t('hold.ranOut'));
          }
          break;
        default:
          break;
      }
      this.#holdGone();
      return true;
    }
    if (answer.code === 'INVALID_RESERVATION_TOKEN') {
      await this.windowEnded();
      return false;
    }
    this.#holdGone(); // RESERVATION_NOT_FOUND: nothing is held
    return true;
  }

  /** A hold as the server answered it; its end corrected for the difference between the clocks. */
  #held(reservation, serverTime) {
    const endsAt = Date.parse(reservation.hold_expires_at) - clockSkewMs(serverTime);
    this.#hold = { id: reservation.reservation_id, seatIds: reservation.seat_ids ?? [], endsAt };
    this.#page.save({ reservationId: this.#hold.id });
    const map = theSeatMap();
    map.clearSelection();
    map.setReadOnly(true);
    setText('held-seats', t('holding.seats', { seats: list(this.#hold.seatIds) }));
    holdCountdown.start(endsAt);
    if (this.#shown) {
      showState('holding');
    }
  }

  #holdGone() {
    if (this.#hold || this.#page.place.reservationId) {
      this.#page.save({ reservationId: null });
    }
    this.#hold = null;
    holdCountdown.stop();
    theSeatMap().setReadOnly(false);
    if (this.#shown) {
      showState('admitted');
    }
  }

  #confirmed(seatIds) {
    this.#page.save({ confirmedSeats: seatIds });
    this.#hold = null;
    this.stop();
    showConfirmation(seatIds, this.#page.event.name);
  }

  /** The hold's time is up on this browser's clock: the store decides, and says so once its clock agrees. */
  async holdEnded() {
    const hold = this.#hold;
    for (let check = 0; hold && check < END_CHECKS && this.#hold === hold; check += 1) {
      const answer = await this.#visit.untilAnswered(() => api.reservation(this.#page.place.pass, hold.id));
      if (this.#hold !== hold) {
        return; // confirmed or cancelled meanwhile
      }
      if (answer.outcome === 'ok' && answer.body.status === 'HOLD') {
        await this.#visit.nap(1000);
        continue;
      }
      if (answer.outcome === 'ok' && answer.body.status === 'CONFIRMED') {
        this.#confirmed(answer.body.seat_ids ?? hold.seatIds);
        return;
      }
      if (answer.code === 'INVALID_RESERVATION_TOKEN') {
        await this.windowEnded();
        return;
      }
      showAlert(t('hold.ranOut'));
      this.#holdGone();
      await this.#refreshAfterChange();
      return;
    }
  }

  /** The window's time is up on this browser's clock; the place is lost only when the server says so. */
  async windowEnded() {
    windowCountdown.stop();
    holdCountdown.stop();
    for (let check = 0; check < END_CHECKS; check += 1) {
      const answer = await this.#visit.untilAnswered(() => api.status(this.#page.place.token));
      if (answer.code === 'TOKEN_EXPIRED') {
        this.#page.ended('expired', 'window');
        return;
      }
      if (answer.code === 'TOKEN_NOT_FOUND') {
        this.#page.ended('left');
        return;
      }
      if (answer.outcome !== 'ok') {
        this.#page.broken(answer);
        return;
      }
      await this.#visit.nap(1000);
    }
    this.#page.backToLine(); // still open after all: start over from the status, which enters again
  }

  /** Another tab held, confirmed or let go of seats for the same place. */
  async follow(stored) {
    if (stored.confirmedSeats) {
      this.#confirmed(stored.confirmedSeats);
    } else if (stored.reservationId && stored.reservationId !== this.#hold?.id) {
      if (await this.#resumeHold(stored.reservationId, { told: true })) {
        await this.#refreshAfterChange();
      }
    } else if (!stored.reservationId && this.#hold) {
      this.#holdGone();
      await this.#refreshAfterChange();
    }
  }
}

function sameSeats(a = [], b = []) {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

/** The booked seats: also shown on a reload, from what the place remembers (the server's window is closed). */
export function showConfirmation(seatIds, eventName) {
  windowCountdown.stop();
  holdCountdown.stop();
  setText('confirmation', plural('confirmed.seats', seatIds.length, { seats: list(seatIds) }));
  setTitle(t('title.confirmed', { name: eventName }));
  showState('confirmed');
  announce(byId('confirmation').textContent);
}

/** The buttons of the seat part act on whichever choice is current. */
export function wireSeatButtons() {
  byId('hold').addEventListener('click', () => current?.hold());
  byId('confirm').addEventListener('click', () => current?.confirm());
  byId('cancel').addEventListener('click', () => current?.cancel());
}

/**
 * How far the server's clock is ahead of this browser's, when that is more than the Date header can tell. The
 * header counts whole seconds, cut down, and a server may keep writing the same one for a while (the page
 * scenarios saw it 2 s behind): within a few seconds it says nothing, and a correction by its noise could end a countdown
 * after the hold did, inviting a confirm of a hold already gone. Only a clock that is really wrong is corrected
 * for, to within those seconds.
 */
function clockSkewMs(serverTime) {
  if (serverTime == null) {
    return 0;
  }
  const skew = serverTime + 500 - Date.now();
  return Math.abs(skew) <= 5000 ? 0 : skew;
}
