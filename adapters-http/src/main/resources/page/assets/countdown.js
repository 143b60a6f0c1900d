// A mm:ss countdown to a moment on this browser's clock (callers correct the server's times for skew first).

/** Whole seconds left as mm:ss (minutes may pass 59: a 90-minute window reads 90:00). */
export function clockText(msLeft) {
  const sec = Math.max(0, Math.ceil(msLeft / 1000));
  const minutes = Math.floor(sec / 60);
  return `${String(minutes).padStart(2, '0')}:${String(sec % 60).padStart(2, '0')}`;
}

export class Countdown {
  #element;
  #endsAt = null;
  #timer = null;
  #onEnd;
  #onLastMinute;
  #warned = false;

  /**
   * @param element      where mm:ss goes
   * @param onEnd        called once when the time is up
   * @param onLastMinute called once when a minute is left (for a spoken warning), if the time started above it
   */
  constructor(element, { onEnd, onLastMinute }) {
    this.#element = element;
    this.#onEnd = onEnd;
    this.#onLastMinute = onLastMinute;
  }

  /** Counts down to {@code endsAt} (ms since the epoch, this browser's clock). */
  start(endsAt) {
    this.stop();
    this.#endsAt = endsAt;
    this.#warned = endsAt - Date.now() <= 60_000;
    this.#tick();
    // four ticks a second, so the shown second never lags the real one by more than a quarter
    this.#timer = setInterval(() => this.#tick(), 250);
  }

  stop() {
    if (this.#timer != null) {
      clearInterval(this.#timer);
      this.#timer = null;
    }
    this.#endsAt = null;
  }

  get running() {
    return this.#endsAt != null;
  }

  #tick() {
    const left = this.#endsAt - Date.now();
    const text = clockText(left);
    if (this.#element.textContent !== text) {
      this.#element.textContent = text;
    }
    if (!this.#warned && left <= 60_000) {
      this.#warned = true;
      this.#onLastMinute?.();
    }
    if (left <= 0) {
      this.stop();
      this.#onEnd?.();
    }
  }
}
