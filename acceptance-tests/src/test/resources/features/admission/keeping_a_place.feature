Feature: Keeping a place by checking it
  Each time people check their place, the waiting room learns they are still there. Someone who has
  not checked for longer than the event's allowed silence has gone away: their place is given up,
  everyone behind them moves up, and they may join again, because the place no longer counts against
  the places that person may hold and its request key is free again. This holds whether the sale is
  open or not.

  Scenario: Checking keeps a place; silence loses it, and the people behind move up
    Given an event with these admission settings:
      | silence allowed   | 10 seconds |
      | places per person | 1          |
    And these people have joined the queue in this order: ann, ben, cat, dan
    When everyone but "ben" keeps checking their place every 2 seconds
    Then "ben" keeps the place for the 10 seconds of silence allowed, and loses it within 16 seconds of joining
    And "ben" is told that the place has expired
    And the places are now:
      | ann | 1 |
      | cat | 2 |
      | dan | 3 |
    And everyone who kept checking was shown a place at every check, and asked to check again well within the silence allowed
    And 1 place has been given up for silence
    And 3 places are taken in the queue
    When "ben" joins the queue again with the request key of the place he lost
    Then the places "ben" was given are 2, 4
