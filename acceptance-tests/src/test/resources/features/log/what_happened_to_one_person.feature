@log
Feature: A person's log says what happened to that person, in order
  Support staff and the services downstream of the waiting room ask "what happened to this person, and
  in what order?". While the flag "streams_queue" is on for a person, every change to that person's
  state in an event is written to the person's log in the same moment as the change itself: joined,
  admitted, dropped (for silence), left, entered, held, confirmed, cancelled, expired (a hold that ran
  out) and window closed. So the log never disagrees with the queue, and its order is the order in
  which the changes happened. A request that changes nothing, such as a join sent again with the same
  request key, writes nothing.

  A leave after being let in closes the admission window as well: the log says "left", and no more.
  Leaving removes every trace of the place from the queue, so its waiting token no longer shows a
  history; the operator still reads the log by the person's user id.

  Each change names the place it concerns (the waiting token of that place) and what it concerns: the
  position at a join, when the admission window ends, the reservation and its seats, why a window
  closed. The operator reads a person's log by the person's user id; the person reads the same log
  as the history of a waiting token they hold.

  Scenario: Someone who joins three times, is let in, and buys two seats finds exactly that in the log
    Given the flag "streams_queue" is on for everyone
    And an event with the seats A1 to A4 and these settings:
      | open admission windows at most | 3           |
      | admission window               | 600 seconds |
      | hold time                      | 300 seconds |
    When "ann" joins the queue 2 times, one after another
    And "ann" sends that same join again
    Then it is refused because the key was already used
    When "ann" joins the queue once more
    And the sale opens
    Then every place of "ann" is let in within 5 seconds
    When "ann" enters with her 1st place
    And "ann" holds the seats A1, A2
    And "ann" confirms the reservation
    Then "ann" is told the reservation is confirmed, with the seats A1, A2
    And the log of "ann" shows exactly these changes, oldest first:
      | change        | place | details                                                         |
      | joined        | 1st   | position 1                                                      |
      | joined        | 2nd   | position 2                                                      |
      | joined        | 3rd   | position 3                                                      |
      | admitted      | 1st   | window ends 600 seconds later                                   |
      | admitted      | 2nd   | window ends 600 seconds later                                   |
      | admitted      | 3rd   | window ends 600 seconds later                                   |
      | entered       | 1st   |                                                                 |
      | held          | 1st   | reservation of "ann"; seats A1, A2; hold ends 300 seconds later |
      | confirmed     | 1st   | reservation of "ann"; seats A1, A2                              |
      | window closed | 1st   | reason purchased                                                |
    And the history "ann" reads with her 2nd place shows the same changes

  Scenario: Someone let in who cancels a hold and leaves finds that in the log, and the token shows no history any more
    Given the flag "streams_queue" is on for everyone
    And an event with the seats A1 to A4 and these settings:
      | admission window | 600 seconds |
      | hold time        | 300 seconds |
    And "bob" has been let in and has entered
    When "bob" holds the seats A3
    And "bob" cancels the reservation
    And "bob" leaves the queue
    Then the log of "bob" shows exactly these changes, oldest first:
      | change    | place | details                                                     |
      | joined    | 1st   | position 1                                                  |
      | admitted  | 1st   | window ends 600 seconds later                               |
      | entered   | 1st   |                                                             |
      | held      | 1st   | reservation of "bob"; seats A3; hold ends 300 seconds later |
      | cancelled | 1st   | reservation of "bob"; seats A3                              |
      | left      | 1st   | was admitted                                                |
    When "bob" asks for the history of his place
    Then it is refused because the waiting token has no place in the queue

  # The window ends some 6 seconds after the hold does: a hold is given back within 5 seconds of its end
  # (see the seats' features), so the two changes cannot swap places.
  Scenario: A hold that runs out, and then the admission window that ends, are in the log in that order
    Given the flag "streams_queue" is on for everyone
    And an event with the seats A1 to A4 and these settings:
      | admission window | 16 seconds |
      | hold time        | 10 seconds |
    And "cat" has been let in and has entered
    When "cat" holds the seats A1, A2
    And the hold of "cat" runs out, with nobody asking about it
    Then within 10 seconds, the log of "cat" shows exactly these changes, oldest first:
      | change        | place | details                                                        |
      | joined        | 1st   | position 1                                                     |
      | admitted      | 1st   | window ends 16 seconds later                                   |
      | entered       | 1st   |                                                                |
      | held          | 1st   | reservation of "cat"; seats A1, A2; hold ends 10 seconds later |
      | expired       | 1st   | reservation of "cat"; seats A1, A2                             |
      | window closed | 1st   | reason ended                                                   |
