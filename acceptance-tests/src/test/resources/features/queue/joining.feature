Feature: Joining the queue
  People who want tickets join the waiting room of an event and see their exact place in line.
  Every join carries a request key chosen by the person's device, so that a join sent twice
  (a double click, a retry after a lost answer) takes one place only and never loses it.

  Scenario: A person who joins several times keeps the order in which they joined
    Given an event that is open for sale
    When "alice" joins the queue 3 times, one after another
    Then the places "alice" was given are 1, 2, 3
    And checking the places of "alice" shows 1, 2, 3

  Scenario: A join sent again with the same request key keeps its original place
    Given an event that is open for sale
    And "alice" has joined the queue
    When "alice" sends that same join again
    Then it is refused because the key was already used
    And the refusal points to the place "alice" already has
    And 1 place is taken in the queue

  Scenario: A request key is not a password: someone else who sends it learns nothing
    Given an event that is open for sale
    And "alice" has joined the queue
    When "mallory" sends the join of "alice" with its request key
    Then it is refused because the key belongs to someone else
    And the refusal does not point to any place
    And 1 place is taken in the queue

  Scenario: A person cannot hold more places than the event allows
    Given an event that lets each person hold 2 places in the queue
    And "alice" has joined the queue 2 times
    When "alice" joins the queue once more
    Then it is refused because the person already holds as many places as the event allows
    And 2 places are taken in the queue
