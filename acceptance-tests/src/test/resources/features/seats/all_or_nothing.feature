@seats
Feature: A hold takes all the seats asked for, or none
  Someone who asks for three seats side by side wants all three: if any of them is taken, none is held,
  and the refusal says which are taken, so that the person can pick again. When no seat of the event is
  left at all, the refusal says so.

  Scenario: A hold of three seats, one of them taken, holds none of them
    Given an event with the seats A1 to A6
    And these people have been let in and have entered: ann, bob
    And "ann" has held the seat A2
    When "bob" holds the seats A1, A2, A3
    Then it is refused because a seat asked for is taken
    And the refusal names the seat A2 as taken
    And the seats A1, A3 are available
    And the seat A2 is held
    And 5 seats are available
    When "bob" holds the seats A1, A3
    Then "bob" has the seats A1, A3 on hold for 300 seconds
    And 3 seats are available

  Scenario: When every seat is taken, the refusal says that none is left
    Given an event with the seats A1, A2
    And these people have been let in and have entered: ann, bob
    And "ann" has held the seats A1, A2
    When "bob" holds the seat A1
    Then it is refused because no seat is left
    And 0 seats are available
