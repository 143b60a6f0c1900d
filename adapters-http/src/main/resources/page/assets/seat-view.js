// The seat map: one native button per seat, in rows, selectable up to the event's limit. Keyboard: Tab reaches
// the map once (roving tabindex), arrow keys move between seats that can be chosen, Home/End to the row's ends,
// Space or Enter chooses. Held and sold seats are disabled; their state is in their accessible name too, not
// only in their colour.

import { t } from './text.js';

const STATUSES = { AVAILABLE: 'available', HELD: 'held', SOLD: 'sold' };

// the server lists seats in id order (A1, A10, A2); people count A1, A2 ... A10
const seatOrder = new Intl.Collator('en', { numeric: true });

/** "B12" is seat 12 of row B; ids without a trailing number make a row of their own. */
function rowOf(seatId) {
  const match = /^(.*?)(\d+)$/.exec(seatId);
  return match ? match[1] : '';
}

export class SeatMap {
  #container;
  #onChange;
  #onLimit;
  #buttons = new Map();
  #rows = [];
  #order = [];
  #selected = new Set();
  #mine = new Set();
  #max = 1;
  #readOnly = false;

  /**
   * @param container the #seat-map element
   * @param onChange  called after the person chose or unchose a seat
   * @param onLimit   called when a choice was refused because the limit is reached
   */
  constructor(container, { onChange, onLimit }) {
    this.#container = container;
    this.#onChange = onChange;
    this.#onLimit = onLimit;
    container.addEventListener('click', (event) => this.#clicked(event));
    container.addEventListener('keydown', (event) => this.#keyPressed(event));
  }

  get max() {
    return this.#max;
  }

  setMax(max) {
    this.#max = Math.max(1, max);
  }

  /** The chosen seats, in map order. */
  selected() {
    return this.#order.filter((id) => this.#selected.has(id));
  }

  clearSelection() {
    this.#selected.clear();
    this.#refreshButtons();
  }

  /** While a hold is open the map only shows: nothing can be chosen. */
  setReadOnly(readOnly) {
    this.#readOnly = readOnly;
    this.#refreshButtons();
  }

  get isEmpty() {
    return this.#order.length === 0;
  }

  /**
   * Shows the seats as the server listed them ({seat_id, status}); {@code mine} are the seats of this person's
   * hold. Returns the chosen seats that are no longer available: they are dropped from the choice.
   */
  show(seats, mine = []) {
    const hadFocus = this.#container.contains(document.activeElement);
    const order = seats.map((seat) => seat.seat_id).sort(seatOrder.compare);
    if (order.join('\n') !== this.#order.join('\n')) {
      this.#build(order);
    }
    this.#mine = new Set(mine);
    const lost = [];
    for (const seat of seats) {
      const button = this.#buttons.get(seat.seat_id);
      // the map may be a second older than the hold just made: this person's own hold is known for sure
      button.dataset.status = this.#mine.has(seat.seat_id) ? 'held' : (STATUSES[seat.status] ?? 'held');
      if (button.dataset.status !== 'available' && this.#selected.delete(seat.seat_id)) {
        lost.push(seat.seat_id);
      }
    }
    for (const id of [...this.#selected]) {
      if (!this.#buttons.has(id)) {
        this.#selected.delete(id);
        lost.push(id);
      }
    }
    this.#refreshButtons();
    // a seat that was rebuilt, or just taken (so disabled), loses focus: keep it in the map for keyboard users
    const focused = document.activeElement;
    if (hadFocus && (!this.#container.contains(focused) || focused.disabled)) {
      this.#focusable()?.focus();
    }
    return lost;
  }

  /** Seats the server just said are taken: shown so at once, and no longer chosen. */
  markTaken(ids) {
    for (const id of ids) {
      const button = this.#buttons.get(id);
      if (button?.dataset.status === 'available') {
        button.dataset.status = 'held';
      }
      this.#selected.delete(id);
    }
    this.#refreshButtons();
  }

  /** New buttons, only when the seats themselves changed: a status update keeps focus where it is. */
  #build(order) {
    this.#container.replaceChildren();
    this.#buttons.clear();
    this.#rows = [];
    let rowElement = null;
    let rowName = null;
    for (const id of order) {
      const name = rowOf(id);
      if (rowElement === null || name !== rowName) {
        rowName = name;
        rowElement = document.createElement('div');
        rowElement.className = 'seat-row';
        rowElement.setAttribute('role', 'group');
        if (name) {
          rowElement.setAttribute('aria-label', t('seatMap.row', { row: name }));
        }
        this.#container.append(rowElement);
        this.#rows.push([]);
      }
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'seat';
      button.dataset.seatId = id;
      button.textContent = id;
      button.tabIndex = -1;
      rowElement.append(button);
      this.#buttons.set(id, button);
      this.#rows[this.#rows.length - 1].push(id);
    }
    this.#order = order;
  }

  #canChoose(id) {
    return !this.#readOnly && this.#buttons.get(id)?.dataset.status === 'available';
  }

  #refreshButtons() {
    for (const [id, button] of this.#buttons) {
      const status = button.dataset.status;
      const mine = this.#mine.has(id);
      const chosen = this.#selected.has(id);
      button.disabled = !this.#canChoose(id);
      button.setAttribute('aria-pressed', String(chosen));
      if (mine) {
        button.dataset.mine = 'true';
      } else {
        delete button.dataset.mine;
      }
      button.setAttribute('aria-label', t(mine ? 'seat.mine' : `seat.${status}`, { seat: id }));
    }
    this.#setRovingStop(this.#rovingStop());
  }

  /** The seat Tab lands on: the one that had it while it can still be chosen, else the first chosen, else the first free. */
  #rovingStop() {
    const current = this.#order.find((id) => this.#buttons.get(id).tabIndex === 0);
    if (current && this.#canChoose(current)) {
      return current;
    }
    return this.selected()[0] ?? this.#order.find((id) => this.#canChoose(id)) ?? null;
  }

  #setRovingStop(stop) {
    for (const [id, button] of this.#buttons) {
      button.tabIndex = id === stop ? 0 : -1;
    }
  }

  #focusable() {
    const stop = this.#rovingStop();
    return stop ? this.#buttons.get(stop) : null;
  }

  #clicked(event) {
    const button = event.target.closest('button.seat');
    if (!button || button.disabled) {
      return;
    }
    const id = button.dataset.seatId;
    this.#setRovingStop(id);
    if (this.#selected.has(id)) {
      this.#selected.delete(id);
    } else if (this.#selected.size >= this.#max) {
      this.#onLimit?.();
      return;
    } else {
      this.#selected.add(id);
    }
    this.#refreshButtons();
    this.#onChange?.();
  }

  #keyPressed(event) {
    const button = event.target.closest('button.seat');
    if (!button || event.altKey || event.metaKey) {
      return;
    }
    const target = this.#seatFor(event.key, button.dataset.seatId, event.ctrlKey);
    if (target === undefined) {
      return; // not a key of ours: leave it to the browser
    }
    event.preventDefault();
    if (target) {
      this.#setRovingStop(target);
      this.#buttons.get(target).focus();
    }
  }

  /** Where a key moves from a seat: an id, null for nowhere, undefined for a key the map does not use. */
  #seatFor(key, from, ctrl) {
    const choosable = (ids) => ids.filter((id) => this.#canChoose(id));
    const rowIndex = this.#rows.findIndex((row) => row.includes(from));
    const row = this.#rows[rowIndex];
    const column = row.indexOf(from);
    const flat = this.#order;
    const at = flat.indexOf(from);
    switch (key) {
      case 'ArrowRight':
        return choosable(flat.slice(at + 1))[0] ?? null;
      case 'ArrowLeft':
        return choosable(flat.slice(0, at)).at(-1) ?? null;
      case 'ArrowDown':
      case 'ArrowUp': {
        const step = key === 'ArrowDown' ? 1 : -1;
        for (let r = rowIndex + step; r >= 0 && r < this.#rows.length; r += step) {
          const nearest = nearestTo(this.#rows[r], column, choosable);
          if (nearest) {
            return nearest;
          }
        }
        return null;
      }
      case 'Home':
        return choosable(ctrl ? flat : row)[0] ?? null;
      case 'End':
        return choosable(ctrl ? flat : row).at(-1) ?? null;
      default:
        return undefined;
    }
  }
}

/** The choosable seat of a row whose place in the row is closest to {@code column}. */
function nearestTo(row, column, choosable) {
  const free = new Set(choosable(row));
  for (let distance = 0; distance < row.length; distance += 1) {
    for (const index of [column - distance, column + distance]) {
      if (index >= 0 && index < row.length && free.has(row[index])) {
        return row[index];
      }
    }
  }
  return null;
}
