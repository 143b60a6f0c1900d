@seats
Feature: The operator's seats
  The operator gives an event its seats and may add more at any time: seats added are available, and
  the others keep their state. Seats may be taken away while nobody holds or has bought them; taking
  away a seat that is held or sold is refused, names the seats in use, and changes nothing.

  Scenario: Adding seats keeps the others as they are; a held or sold seat cannot be taken away
    Given an event with the seats A1 to A4
    And these people have been let in and have entered: ann, bob
    And "ann" has held the seat A1
    And "bob" has bought the seat A2
    When the operator adds the seats A5, A6
    Then the event has exactly the seats A1 to A6
    And the seat A1 is held
    And the seat A2 is sold
    And the seats A3 to A6 are available
    When the operator takes away the seats A1, A2, A3
    Then it is refused because a seat is held or sold
    And the refusal names the seats A1, A2
    And the seats and their counters are as they were
    When the operator takes away the seats A3, A9
    Then the event has exactly the seats A1, A2, A4, A5, A6
    And 3 seats are available
