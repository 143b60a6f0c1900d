// Every word a person reads on the pages, by key, so that a translation is one more block here.
// Placeholders are {name}; keys ending in .one / .other are chosen by plural().

const MESSAGES = {
  en: {
    'brand': 'Waiting room',

    'home.title': 'Waiting room',
    'home.heading': 'Get in line for a ticket sale',
    'home.intro': 'When many people want tickets at the same moment, this waiting room gives each person a fair place in line. You see your exact position and roughly how long it will take. When it is your turn, you get a few minutes to choose your seats.',
    'home.keep': 'Your place is kept in this browser: refreshing the page or opening it in another tab does not cost you your place.',
    'home.formHeading': 'Open an event',
    'home.eventIdLabel': 'Event code',
    'home.eventIdHint': 'The code from the ticket seller, for example concert-2026. Letters, digits and . _ : - only.',
    'home.open': 'Go to the waiting room',
    'home.invalid': 'An event code is 1 to 64 letters, digits or . _ : -',

    'title.loading': '{name} – waiting room',
    'title.waiting': '#{position} in line – {name}',
    'title.admitted': 'It’s your turn – {name}',
    'title.confirmed': 'Seats confirmed – {name}',

    'state.loading': 'Finding your place…',
    'state.joining': 'Getting you a place in line…',
    'reconnecting': 'Reconnecting… your place is kept.',

    'waiting.heading': 'You are in line',
    'waiting.position': 'Your place',
    'waiting.ahead': 'People ahead of you',
    'waiting.eta': 'Expected wait',
    'waiting.waited': 'Time waited',
    'waiting.progress': 'Progress to the front of the line',
    'waiting.keepOpen': 'Keep this page open. It updates by itself; you do not need to refresh.',
    'waiting.paused': 'The sale has not opened yet, or is paused. You keep your place meanwhile.',
    'waiting.notify': 'Notify me when it’s my turn',
    'waiting.notifyOn': 'You will get a notification when it is your turn.',
    'waiting.notifyDenied': 'Notifications are blocked for this page; keep it open to see when it is your turn.',

    'eta.unknown': 'not known yet',
    'eta.underMinute': 'less than a minute',
    'eta.minutes': 'about {low} to {high} minutes',
    'eta.hours': 'about {low} to {high} hours',

    'duration.seconds': '{s} s',
    'duration.minutes': '{m} min {s} s',
    'duration.hours': '{h} h {m} min',

    'announce.position': 'You are number {position} in line.',
    'announce.admitted': 'It’s your turn. You can choose your seats now.',
    'announce.minuteLeft': 'One minute left to choose your seats.',
    'announce.holdMinuteLeft': 'One minute left to confirm your seats.',

    'notification.title': 'It’s your turn',
    'notification.body': '{name}: choose your seats now.',

    'admitted.heading': 'It’s your turn',
    'admitted.window': 'Time left to choose and confirm your seats',
    'admitted.choose': 'Choose your seats',
    'admitted.howTo': 'Select up to {max} seats, then hold them. Arrow keys move between seats.',
    'admitted.noSeats': 'No seats are on sale for this event yet.',
    'admitted.hold': 'Hold these seats',
    'selection.none': 'No seats chosen yet.',
    'selection.some': 'Chosen: {seats} ({count} of {max}).',
    'selection.limit': 'You can choose at most {max} seats. Unselect one to choose another.',
    'selection.lost.one': '{seats} is no longer available and was removed from your choice.',
    'selection.lost.other': '{seats} are no longer available and were removed from your choice.',

    'seatMap.row': 'Row {row}',
    'seatMap.legend': 'Key',
    'seat.available': '{seat}, available',
    'seat.held': '{seat}, held',
    'seat.sold': '{seat}, sold',
    'seat.mine': '{seat}, held for you',
    'legend.available': 'Available',
    'legend.selected': 'Your choice',
    'legend.held': 'Held by someone',
    'legend.sold': 'Sold',

    'holding.heading': 'Your seats are held',
    'holding.map': 'The seats now',
    'holding.seats': 'Held for you: {seats}.',
    'holding.countdown': 'Time left to confirm',
    'holding.confirm': 'Confirm these seats',
    'holding.cancel': 'Cancel and choose again',

    'confirmed.heading': 'Your seats are booked',
    'confirmed.seats.one': 'Seat {seats} is yours. Enjoy the event!',
    'confirmed.seats.other': 'Seats {seats} are yours. Enjoy the event!',

    'leave': 'Leave the line',
    'joinAgain': 'Join the line again',

    'left.heading': 'You have left the line',
    'left.body': 'Your place went to the next person. You can join again at the back of the line.',
    'expired.heading': 'Your place has expired',
    'expired.body': 'The line did not hear from this page for a while, so your place was given up. You can join again at the back of the line.',
    'expired.windowBody': 'Your time to choose seats has ended. You can join the line again.',

    'notFound.heading': 'There is no such event',
    'notFound.body': 'Check the event code in the address. It may also be that the sale has not been set up yet.',
    'notFound.home': 'Enter another event code',

    'error.heading': 'Something went wrong',
    'error.body': 'The waiting room answered in a way this page did not expect. Reloading the page keeps your place.',
    'error.reload': 'Reload the page',
    'error.detail': 'The server said: {message}',

    'refusal.SEAT_UNAVAILABLE.one': '{seats} was just taken by someone else. The map now shows the seats as they are.',
    'refusal.SEAT_UNAVAILABLE.other': '{seats} were just taken by someone else. The map now shows the seats as they are.',
    'refusal.RESERVATION_EXPIRED': 'Your hold ran out before it was confirmed, and the seats went back on sale. You can choose again.',
    'refusal.SOLD_OUT': 'Sorry, every seat is taken now.',
    'refusal.TOO_MANY_SEATS': 'You can hold at most {max} seats at once.',
    'refusal.INVALID_RESERVATION_TOKEN': 'Your time to choose seats has ended.',
    'refusal.HOLD_EXISTS': 'You already hold seats; here they are.',
    'refusal.RESERVATION_ALREADY_CANCELLED': 'That hold was cancelled. You can choose again.',
    'refusal.INVALID_SEAT': 'One of those seats is no longer on sale. The map now shows the seats as they are.',
    'refusal.generic': 'That did not work. The server said: {message}',
    'hold.ranOut': 'Your hold ran out and the seats went back on sale. You can choose again.',
  },
};

const FALLBACK = 'en';

/** The first of the reader's languages that we have words for, by its primary subtag; English otherwise. */
function pickLanguage(preferred) {
  for (const tag of preferred || []) {
    const primary = String(tag).toLowerCase().split('-')[0];
    if (Object.hasOwn(MESSAGES, primary)) {
      return primary;
    }
  }
  return FALLBACK;
}

export const language = pickLanguage(navigator.languages || [navigator.language]);

/** The words for a key, with {placeholders} filled in. A missing key shows itself rather than nothing. */
export function t(key, params = {}) {
  const template = MESSAGES[language][key] ?? MESSAGES[FALLBACK][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** {@code key.one} or {@code key.other} (or whatever plural forms the language has) for a count. */
export function plural(key, count, params = {}) {
  const form = new Intl.PluralRules(language).select(count);
  const chosen = (MESSAGES[language][`${key}.${form}`] ?? MESSAGES[FALLBACK][`${key}.${form}`]) ? form : 'other';
  return t(`${key}.${chosen}`, { count, ...params });
}

/** "A1, A2 and A3" in the reader's language. */
export function list(items) {
  if (typeof Intl.ListFormat === 'function') {
    return new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
  }
  return items.join(', ');
}

/** Fills the static words of a page: data-text sets the text, data-label the accessible name. */
export function fillStaticText(root = document) {
  document.documentElement.lang = language;
  for (const element of root.querySelectorAll('[data-text]')) {
    element.textContent = t(element.dataset.text);
  }
  for (const element of root.querySelectorAll('[data-label]')) {
    element.setAttribute('aria-label', t(element.dataset.label));
  }
}
