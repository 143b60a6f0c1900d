@page
Feature: Seats on the page
  Once let in, a person picks seats on the event's seat map and holds them. When someone else was
  quicker, the page names the seats that were taken and shows the map as it now is. A hold not
  confirmed in time runs out: the page says so and shows the seats available again.

  Scenario: Two people pick the same seat: the second is told which seat was taken, and sees it taken
    Given an event with the seats A1 to A4 and these settings:
      | silence allowed  | 10 seconds |
      | admission window | 60 seconds |
    When "ann" opens the event's page
    And "ben" opens the event's page
    And the sale opens
    Then the page of "ann" lets her in within 15 seconds
    And the page of "ben" lets him in within 15 seconds
    When "ann" picks the seat A2 on the page
    And "ben" picks the seat A2 on the page
    And "ann" holds the seat she picked
    # the map of "ben" still shows A2 available: he holds it a moment after "ann" did
    And "ben" holds the seat he picked
    Then the page of "ann" shows her hold counting down from at most 60 seconds
    And the page of "ben" says the seat A2 was taken by someone else
    And the page of "ben" shows the seat A2 held
    And the page of "ben" shows the seats A1, A3, A4 available
    And the seat A2 is held

  # the seats are picked with the keyboard alone: the map is one Tab stop, the arrows move, Space picks
  Scenario: A hold runs out: the page says so, and shows the seats available again
    Given an event with the seats A1 to A4 and these settings:
      | silence allowed  | 10 seconds |
      | admission window | 60 seconds |
      | hold time        | 10 seconds |
    When "ann" opens the event's page
    And the sale opens
    Then the page of "ann" lets her in within 15 seconds
    When "ann" picks the seats A1, A2 on the page with the keyboard
    And "ann" holds the seats she picked
    Then the page of "ann" shows her hold counting down from at most 10 seconds
    And the seats A1, A2 are held
    And within 20 seconds the page of "ann" says her hold ran out
    And the page of "ann" shows the seats A1 to A4 available
    And the seats A1 to A4 are available
