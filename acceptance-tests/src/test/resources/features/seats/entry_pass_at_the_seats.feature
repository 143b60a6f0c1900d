@seats
Feature: Only a good entry pass holds seats
  Seats are held with the entry pass given on entering. A hold without a pass, with a pass the waiting
  room did not sign as it is, with a pass for another event, or with the pass of an admission window that
  is closed (its holder left, or its time is up) is refused, and no seat is held.

  Scenario Outline: A hold with <pass> is refused, and no seat is held
    Given an event with the seats A1 to A4
    And "ann" has been let in and has entered
    When "ann" asks to hold the seats A1, A2 with <pass>
    Then it is refused because the entry pass is not valid
    And no seat is held or sold

    Examples:
      | pass                                                          |
      | no entry pass                                                 |
      | her entry pass signed again with a key of someone else's      |
      | her entry pass with its signature taken off                   |
      | her entry pass changed so that it is for another event        |
      | her entry pass changed so that it is good for an hour longer  |
      | her entry pass changed so that it names another person        |
      | a real entry pass she was given for another event             |

  Scenario: The pass of someone who left the queue holds no seats
    Given an event with the seats A1 to A4
    And "ann" has been let in and has entered
    When "ann" leaves the queue
    And "ann" holds the seats A1, A2
    Then it is refused because the entry pass is not valid
    And no seat is held or sold

  Scenario: The pass of an admission window whose time is up holds no seats
    Given an event with the seats A1 to A4 and these settings:
      | admission window | 10 seconds |
    And "ann" has been let in and has entered
    When the admission window of "ann" ends, no sooner than 10 seconds and no later than 16 seconds after the sale opened
    And "ann" holds the seats A1, A2
    Then it is refused because the entry pass is not valid
    And no seat is held or sold

  Scenario: Someone who left the queue cannot buy the seats they hold, but can still give them back
    Given an event with the seats A1 to A4
    And "ann" has been let in and has entered
    And "ann" has held the seats A1, A2
    When "ann" leaves the queue
    And "ann" confirms the reservation
    Then it is refused because the entry pass is not valid
    And the reservation of "ann" is still a hold of the seats A1, A2
    When "ann" cancels the reservation
    Then "ann" is told the reservation is cancelled, with the seats A1, A2
    And 4 seats are available
