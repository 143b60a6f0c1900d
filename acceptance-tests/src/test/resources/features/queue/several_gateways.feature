@multiple-instances
Feature: Several gateways sharing one queue
  In production the waiting room runs as several gateways in front of one shared queue, and a
  person's requests reach whichever gateway is next. The queue behaves exactly as if there were one.
  In this run every request goes to the next gateway in turn.

  Background:
    Given the waiting room runs as at least 2 gateways sharing one queue

  Scenario: A join retried a hundred times at once through both gateways takes exactly one place
    Given an event that is open for sale
    When "bob" sends the same join 100 times at the same moment
    Then exactly 1 of those joins is accepted
    And the other 99 are refused because the key was already used
    And every gateway refused some of them
    And every refusal points to the place of the accepted join
    And 1 place is taken in the queue

  Scenario: A thousand joins at once through both gateways get the places 1 to 1000, in each person's order
    Given an event that lets each person hold 20 places in the queue
    When 50 people join at the same moment, each sending 20 joins one after another
    Then all 1000 joins are accepted
    And every gateway accepted some of them
    And the places given are exactly 1 to 1000, with no gap and no place given twice
    And each person's places increase in the order that person sent the joins
    And checking every place shows exactly 1 to 1000, each where it was given
    And every gateway shows the same place for every entry
    And 1000 places are taken in the queue
