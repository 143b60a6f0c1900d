@log
Feature: A person's log keeps the newest changes, and no more than about as many as the event says
  A log does not grow without end. Each event says how many changes each person's log keeps (100
  unless the operator says otherwise, between 10 and 10,000); the oldest changes give way to the new
  ones. A log may keep up to 100 more than that for a while, never fewer: with Redis, the log is
  trimmed a whole block of 100 changes at a time, which keeps trimming cheap. The newest change is
  always kept.

  Scenario: After 10,000 changes, a log kept at 100 changes holds between 100 and 200, the newest last
    Given the flag "streams_queue" is on for everyone
    And an event that lets each person hold 20 places in the queue
    And the event keeps the newest 100 changes of each person's log, as every event does unless told otherwise
    When "ann" joins the queue and leaves it again 5000 times, the last time after all the others
    Then the log of "ann" holds at least 100 and at most 200 changes
    And the newest changes in the log of "ann" are her last join and her last leave
