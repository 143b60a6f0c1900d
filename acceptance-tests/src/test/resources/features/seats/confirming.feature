@seats
Feature: Confirming a hold sells its seats and lets the next person in
  Confirming a hold before it runs out sells its seats. The purchase ends the buyer's admission window
  at once, so the next person in the queue is let in right away instead of when the window would have
  ended. Confirming again, after a lost answer, answers the same.

  Scenario: Confirming sells the seats, and the next person in the queue is let in at once
    Given an event with the seats A1 to A4 and these settings:
      | open admission windows at most | 1 |
    And these people have joined the queue in this order: ann, bob
    When the sale opens
    Then "ann" is let in within 3 seconds
    When "ann" enters
    And "ann" holds the seats A1, A2
    Then "ann" has the seats A1, A2 on hold for 300 seconds
    And "bob" is still at place 1
    When "ann" confirms the reservation
    Then "ann" is told the reservation is confirmed, with the seats A1, A2
    And the seats A1, A2 are sold
    And the seats A3, A4 are available
    And "bob" is let in within 3 seconds
    And 1 admission window is open
    When "ann" confirms the reservation again
    Then "ann" is told exactly the same as the first time
    And "ann" is told that the place has expired
    When "ann" holds the seats A3
    Then it is refused because the entry pass is not valid
    And the seats A3, A4 are available
