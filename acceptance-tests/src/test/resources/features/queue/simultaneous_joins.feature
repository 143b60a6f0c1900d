Feature: Joining at the same moment as everyone else
  When a sale opens, a crowd joins at once. Each accepted join gets a place of its own, no place is
  given twice, nobody overtakes their own earlier join, and a join retried many times over still
  takes one place only.

  Scenario: A join retried a hundred times at once takes exactly one place
    Given an event that is open for sale
    When "bob" sends the same join 100 times at the same moment
    Then exactly 1 of those joins is accepted
    And the other 99 are refused because the key was already used
    And every refusal points to the place of the accepted join
    And 1 place is taken in the queue

  Scenario: A thousand joins at once get the places 1 to 1000, each person's in the order they were sent
    Given an event that lets each person hold 20 places in the queue
    When 50 people join at the same moment, each sending 20 joins one after another
    Then all 1000 joins are accepted
    And the places given are exactly 1 to 1000, with no gap and no place given twice
    And each person's places increase in the order that person sent the joins
    And checking every place shows exactly 1 to 1000, each where it was given
    And 1000 places are taken in the queue
