// One run of the page for one place in line. Starting over (join again, another tab changed the place, a leave)
// cancels the current visit: its timers stop, and whatever its calls answer later is ignored, so two runs never
// fight over the screen.

import { showConnection } from './screen.js';

const BACKOFF_STEPS_MS = [1000, 2000, 4000, 8000];
const MAX_BACKOFF_MS = 8000;

/** 1, 2, 4, 8, 8 ... seconds, or the server's Retry-After when it asks (up to 8 s), with a little jitter. */
export class Backoff {
  #failures = 0;

  nextDelayMs(retryAfterSec) {
    const step = BACKOFF_STEPS_MS[Math.min(this.#failures, BACKOFF_STEPS_MS.length - 1)];
    this.#failures += 1;
    const asked = retryAfterSec == null ? 0 : retryAfterSec * 1000;
    const longest = Math.min(Math.max(asked, step), MAX_BACKOFF_MS);
    // jitter (up to a fifth, never past the cap nor before the Retry-After), so that everyone who lost the
    // connection together does not come back in the same millisecond
    const shortest = Math.max(Math.min(asked, longest), longest * 0.8);
    return Math.round(shortest + Math.random() * (longest - shortest));
  }
}

const NEVER = new Promise(() => {});

/** setTimeout in a worker where the browser allows one (see wake-up-worker.js), else the page's own. */
const timers = (() => {
  const actions = new Map();
  let nextId = 1;
  let worker = null;
  try {
    worker = new Worker(new URL('./wake-up-worker.js', import.meta.url));
    worker.onmessage = ({ data: id }) => {
      const action = actions.get(id);
      actions.delete(id);
      action?.();
    };
    worker.onerror = () => {
      worker = null; // not loaded: whatever it was timing is timed here instead
      for (const [id, action] of actions) {
        actions.delete(id);
        setTimeout(action, 0);
      }
    };
  } catch {
    worker = null;
  }
  return {
    set(delayMs, action) {
      if (!worker) {
        const timer = setTimeout(action, delayMs);
        return () => clearTimeout(timer);
      }
      const id = nextId++;
      actions.set(id, action);
      worker.postMessage({ id, delayMs });
      return () => {
        actions.delete(id);
        worker?.postMessage({ id, cancel: true });
      };
    },
  };
})();

export class Visit {
  cancelled = false;
  #timers = new Set();
  #naps = new Set();

  cancel() {
    this.cancelled = true;
    for (const stop of this.#timers) {
      stop();
    }
    this.#timers.clear();
    this.#naps.clear();
  }

  /** Runs {@code action} after a delay, unless the visit is cancelled first. Returns what stops it. */
  later(delayMs, action) {
    const stop = timers.set(delayMs, () => {
      this.#timers.delete(stop);
      if (!this.cancelled) {
        action();
      }
    });
    this.#timers.add(stop);
    return () => {
      this.#timers.delete(stop);
      stop();
    };
  }

  /**
   * Waits, or less when {@link wake} is called (the tab became visible again: ask now). A cancelled visit never
   * wakes: the code after the nap does not run.
   */
  nap(delayMs) {
    if (this.cancelled) {
      return NEVER;
    }
    return new Promise((resolve) => {
      let stop = () => {};
      const wake = () => {
        this.#naps.delete(wake);
        stop();
        resolve();
      };
      stop = this.later(delayMs, wake);
      this.#naps.add(wake);
    });
  }

  wake() {
    for (const wake of [...this.#naps]) {
      wake();
    }
  }

  /**
   * Sends a call until the server answers it, yes or no. While it cannot be reached the page says it is
   * reconnecting (never that the place is lost) and tries again with backoff. Only calls that are safe to
   * repeat go through here: reads, and writes the server makes idempotent (join with its key, enter, confirm,
   * cancel, leave); a repeated hold is refused HOLD_EXISTS naming the hold the first one made.
   * Resolves to the answer; never, when the visit is cancelled meanwhile.
   */
  async untilAnswered(send) {
    const backoff = new Backoff();
    for (;;) {
      const answer = await send();
      if (this.cancelled) {
        return NEVER;
      }
      if (answer.outcome !== 'unreachable') {
        showConnection(true);
        return answer;
      }
      showConnection(false);
      await this.nap(backoff.nextDelayMs(answer.retryAfterSec));
    }
  }

  /** One call, ignored when the visit was cancelled meanwhile. */
  async once(send) {
    const answer = await send();
    return this.cancelled ? NEVER : answer;
  }
}
