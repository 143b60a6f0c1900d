@seats
Feature: Holds the waiting room cannot act on
  A hold names seats of the event, each once, at least one and no more than the event allows in one
  hold; and one admission holds one set of seats at a time. Anything else is refused with the reason,
  and no seat is held.

  Scenario Outline: A hold of <seats> is refused because <reason>
    Given an event with the seats A1 to A6 and these settings:
      | seats per hold at most | 3 |
    And "ann" has been let in and has entered
    When "ann" asks to hold <seats>
    Then it is refused because <reason>
    And no seat is held or sold

    Examples:
      | seats                      | reason                                           |
      | the seats A1, Z9           | a seat asked for does not exist                  |
      | the seats A1, "A 2"        | a seat is not named properly                     |
      | the seats A1, "A/2"        | a seat is not named properly                     |
      | the seats A1, A2, A1       | a seat is asked for twice                        |
      | no seat at all             | no seat is asked for                             |
      | the seats A1, A2, A3, A4   | more seats are asked for than one hold may take  |

  Scenario: A second hold while the first is open is refused, and points to the first
    Given an event with the seats A1 to A6
    And "ann" has been let in and has entered
    And "ann" has held the seats A1, A2
    When "ann" holds the seat A3
    Then it is refused because the person already holds seats
    And the refusal points to the reservation of "ann"
    And the seat A3 is available
    And the reservation of "ann" is still a hold of the seats A1, A2
