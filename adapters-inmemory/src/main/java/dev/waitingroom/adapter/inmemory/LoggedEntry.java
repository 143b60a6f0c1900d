package dev.waitingroom.adapter.inmemory;

/**
 * An entry whose log is on, as a reservation remembers its holder: the reservation's changes still go to the
 * right log after the entry's window has closed (a hold may run out after it).
 */
record LoggedEntry(Person person, String ticketId) {
}
