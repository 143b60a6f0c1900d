// The "you are in line" part: position, people ahead, the wait in words, the time waited and the progress bar.

import { t } from './text.js';
import { announce, reveal, setText } from './screen.js';

const MINUTE = 60;
const HOUR = 3600;

/**
 * The estimate as a range in words: an estimate is not a promise, so it is never shown as one exact number.
 * null (no admission measured yet, or the sale is paused) is "not known yet", never a made-up figure.
 */
export function etaWords(etaSec) {
  if (etaSec == null) {
    return t('eta.unknown');
  }
  if (etaSec < MINUTE) {
    return t('eta.underMinute');
  }
  const [unit, key] = etaSec < 90 * MINUTE ? [MINUTE, 'eta.minutes'] : [HOUR, 'eta.hours'];
  const estimate = etaSec / unit;
  const low = Math.max(1, Math.floor(estimate));
  const high = Math.max(low + 1, Math.ceil(estimate * 1.25));
  return t(key, { low, high });
}

/** A length of time, short enough to tick every second without shouting. */
export function durationWords(totalSec) {
  const sec = Math.max(0, Math.floor(totalSec));
  const h = Math.floor(sec / HOUR);
  const m = Math.floor((sec % HOUR) / MINUTE);
  const s = sec % MINUTE;
  if (h > 0) {
    return t('duration.hours', { h, m });
  }
  if (m > 0) {
    return t('duration.minutes', { m, s: String(s).padStart(2, '0') });
  }
  return t('duration.seconds', { s });
}

/**
 * The time waited, from the server's count at the last poll plus the seconds since, ticking once a second but
 * only while the page is visible: a hidden tab does no work that nobody sees.
 */
class WaitedClock {
  #baseSec = null;
  #baseAt = 0;
  #ticker = null;

  set(waitedSec) {
    this.#baseSec = waitedSec;
    this.#baseAt = performance.now();
    this.#render();
    this.#follow();
  }

  stop() {
    this.#baseSec = null;
    this.#follow();
  }

  /** Ticks while there is something to show and someone to see it. */
  #follow() {
    const tick = this.#baseSec != null && document.visibilityState === 'visible';
    if (tick && this.#ticker == null) {
      this.#ticker = setInterval(() => this.#render(), 1000);
    } else if (!tick && this.#ticker != null) {
      clearInterval(this.#ticker);
      this.#ticker = null;
    }
  }

  visibilityChanged() {
    this.#render();
    this.#follow();
  }

  #render() {
    if (this.#baseSec != null) {
      setText('waited', durationWords(this.#baseSec + (performance.now() - this.#baseAt) / 1000));
    }
  }
}

export const waitedClock = new WaitedClock();

let lastAnnouncedPosition = null;

/**
 * Shows a waiting status from the server. {@code joinedPosition} is where the person started, for the bar;
 * {@code paused} is what the event said when the page loaded.
 */
export function showWaiting({ position, etaSec, waitedSec, joinedPosition, paused }) {
  setText('position', String(position));
  setText('ahead', String(Math.max(0, position - 1)));
  setText('eta', etaWords(etaSec));
  waitedClock.set(waitedSec);
  const progress = document.getElementById('progress');
  const start = Math.max(joinedPosition ?? position, position, 1);
  // the share of the people ahead at joining who have gone in since: full at place 1, the front of the line
  const aheadAtJoin = start - 1;
  progress.max = Math.max(aheadAtJoin, 1);
  progress.value = aheadAtJoin === 0 ? 1 : aheadAtJoin - (position - 1);
  // once the server has an estimate, people are being let in: the note from page load is out of date
  reveal('paused-note', Boolean(paused) && etaSec == null);
  if (position !== lastAnnouncedPosition) {
    lastAnnouncedPosition = position;
    announce(t('announce.position', { position }));
  }
}

export function forgetAnnouncedPosition() {
  lastAnnouncedPosition = null;
}
