Feature: Requests the waiting room cannot act on
  A request that is incomplete or garbled is refused with the reason, and nothing in the queue changes:
  no place is taken, none is given up, no counter moves.

  Scenario Outline: A request that cannot be acted on is refused and changes nothing
    Given an event that is open for sale
    And "alice" has joined the queue
    When someone <attempt>
    Then it is refused because <reason>
    And the queue of the event is as it was before
    And "alice" is still at place 1

    Examples:
      | attempt                                                   | reason                        |
      | asks to join with a request that is not valid JSON        | the request is malformed      |
      | asks to join with an event name that is a number          | the request is malformed      |
      | asks to join with a person's name that is a list          | the request is malformed      |
      | asks to join without naming the event                     | no event was named            |
      | asks to join without a request key                        | a request key is required     |
      | asks to join with a request key containing spaces         | the request key is not valid  |
      | asks to join with a request key of 129 characters         | the request key is not valid  |
      | checks a place without giving a waiting token             | no waiting token was given    |
      | leaves the queue without giving a waiting token           | no waiting token was given    |
      | asks to join an event that does not exist                 | the event does not exist      |
