@seats @also-three-instances
Feature: A hold that runs out gives its seats back, exactly once
  Someone who holds seats has the event's hold time to confirm them. A hold not confirmed in time runs
  out: the reservation becomes expired, once, and its seats become available again, once, whether or not
  anyone asks about it. Every gateway looks for holds that ran out and gives them back, all at the same
  time, and still each hold is given back once. A confirm that comes after the end is refused.
  This feature also runs with three gateways in front of one store.

  Scenario: A hold nobody confirms is given back by the waiting room on its own, once, and can no longer be confirmed
    Given an event with the seats A1 to A10 and these settings:
      | hold time | 10 seconds |
    And "ann" has been let in and has entered
    And 10 seats are available
    When "ann" holds the seats A1, A2, A3
    Then "ann" has the seats A1, A2, A3 on hold for 10 seconds
    And 7 seats are available
    When the hold of "ann" runs out, with nobody asking about it
    Then the seats were given back no sooner than the end of the hold, and within 5 seconds of it
    And for the next 3 seconds, every gateway shows exactly 10 seats available
    And every gateway was looking for holds that ran out while the hold of "ann" ran out
    And the gateways together gave back exactly 1 hold
    And every gateway tells "ann" the reservation has expired, with the seats A1, A2, A3
    When "ann" confirms the reservation
    Then it is refused because the hold has run out
    When "ann" cancels the reservation
    Then it is refused because the hold has run out
    And the seats A1 to A10 are available

  Scenario: A hold never outlasts the admission window behind it
    Given an event with the seats A1 to A4 and these settings:
      | admission window | 10 seconds  |
      | hold time        | 300 seconds |
    And "ann" has been let in and has entered
    When "ann" holds the seats A1, A2
    Then the hold of "ann" ends when her admission window ends, long before its 300 seconds
    When the hold of "ann" runs out, with nobody asking about it
    Then the seats were given back no sooner than the end of the hold, and within 5 seconds of it
    And 4 seats are available
