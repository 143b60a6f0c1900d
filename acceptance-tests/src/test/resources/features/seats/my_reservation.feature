@seats
Feature: Nobody else can touch my reservation
  A reservation can be read, confirmed or cancelled only with the entry pass that made it. Anyone else,
  even someone let in to the same sale with a pass of their own, is told there is no such reservation,
  and learns nothing of it.

  Scenario Outline: Another person's pass cannot <action> my reservation
    Given an event with the seats A1 to A4
    And these people have been let in and have entered: ann, bob
    And "ann" has held the seats A1, A2
    When "bob" <action>s the reservation of "ann"
    Then it is refused because there is no such reservation
    And the reservation of "ann" is still a hold of the seats A1, A2
    And the seats A1, A2 are held

    Examples:
      | action  |
      | read    |
      | confirm |
      | cancel  |

  Scenario Outline: Nobody can <action> a reservation that was never made
    Given an event with the seats A1 to A4
    And "ann" has been let in and has entered
    When "ann" <action>s a reservation that was never made
    Then it is refused because there is no such reservation
    And no seat is held or sold

    Examples:
      | action  |
      | read    |
      | confirm |
      | cancel  |
