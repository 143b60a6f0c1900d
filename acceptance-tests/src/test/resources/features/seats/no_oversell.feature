@seats
Feature: No seat is held by two people, however many pick at the same moment
  When a sale opens, everyone let in picks seats at once. A hold takes all the seats asked for or none,
  and a seat held by one person cannot be held by another. Whoever is refused is told which of the
  seats asked for are taken, and those seats really are; or that no seat is left at all, when none is.
  The event's counts of seats available, held and sold are never below zero and always add up to its
  seats, at every moment; after the scenario they are held to the seats' real states.
  With several gateways, the holds are spread over all of them.

  Scenario: A thousand people holding seats at the same moment never hold the same seat
    Given an event with 100 seats and these settings:
      | admission rate                 | 1000 people a second |
      | open admission windows at most | 1000                 |
    And 1000 people have been let in and have entered
    When each of them holds 1 to 4 seats picked at random, all at the same moment
    Then no seat is held by two people
    And the seats held and the seats still available together make 100
    And every refusal names only seats that were asked for and that someone else holds
    And every gateway took some of the holds and refused others
    And at every look while they held, the seat counters were none below zero and added up to 100
