@seats
Feature: Cancelling a hold gives its seats back
  Someone who changes their mind cancels the hold: its seats are available again at once, to anyone,
  and the admission window stays open, so the person may pick other seats. Cancelling again, after a lost
  answer, answers the same.

  Scenario: Cancelling gives the seats back, and the person may hold others in the same window
    Given an event with the seats A1 to A4
    And these people have been let in and have entered: ann, bob
    And "ann" has held the seats A1, A2
    When "ann" cancels the reservation
    Then "ann" is told the reservation is cancelled, with the seats A1, A2
    And 4 seats are available
    When "ann" cancels the reservation again
    Then "ann" is told exactly the same as the first time
    When "ann" confirms the reservation
    Then it is refused because the reservation was cancelled
    When "bob" holds the seat A1
    Then "bob" has the seat A1 on hold for 300 seconds
    When "ann" holds the seats A2, A3
    Then "ann" has the seats A2, A3 on hold for 300 seconds
    And the seats A1, A2, A3 are held
    And the seat A4 is available
