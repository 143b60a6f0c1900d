Feature: Leaving the queue
  Someone who no longer wants to wait can leave. Everyone behind them moves up at once.

  Scenario: When someone ahead leaves, everyone behind moves up by one
    Given an event that is open for sale
    And these people have joined the queue in this order: ann, ben, cat, dan, eve
    When "ben" leaves the queue
    Then "ben" is told that the place was given up
    And the places are now:
      | ann | 1 |
      | cat | 2 |
      | dan | 3 |
      | eve | 4 |
    And "ben" no longer has a place in the queue
    And 4 places are taken in the queue

  Scenario: Leaving a second time is harmless
    Given an event that is open for sale
    And these people have joined the queue in this order: ann, ben
    And "ann" has left the queue
    When "ann" leaves the queue
    Then "ann" is told that the place was given up
    And the places are now:
      | ben | 1 |
    And 1 place is taken in the queue
