@flags
Feature: Flag changes the waiting room cannot act on
  A change names a flag the waiting room has (by its exact name), says whether the flag is on, and may
  say for what percentage of people: a whole number from 0 to 100. A flag that is off is off for
  everyone. Anything else is refused with the reason, and no flag changes, on any gateway. An unknown
  name is refused as such, whatever else the change says.

  Scenario Outline: A flag change that cannot be acted on is refused, and no flag changes
    Given the flag "streams_queue" is off
    When the operator <attempt>
    Then it is refused because <reason>
    And every gateway lists the flags as they were
    And every gateway lists the flag "streams_queue" as off

    Examples:
      | attempt                                                                      | reason                       |
      | turns on a flag called "fast_lane"                                           | there is no such flag        |
      | turns on a flag called "STREAMS_QUEUE"                                       | there is no such flag        |
      | turns the flag "fast_lane" on for 101% of people                             | there is no such flag        |
      | turns the flag "streams_queue" on for 101% of people                         | the flag change is not valid |
      | turns the flag "streams_queue" on for -1% of people                          | the flag change is not valid |
      | turns the flag "streams_queue" on for 12.5% of people                        | the flag change is not valid |
      | changes the flag "streams_queue" without saying whether it is on             | the flag change is not valid |
      | changes the flag "streams_queue", saying whether it is on with "yes"         | the flag change is not valid |
      | changes the flag "streams_queue" with a field the waiting room does not know | the request is malformed      |
      | changes the flag "streams_queue" with a request that is not valid JSON       | the request is malformed     |

  Scenario: A flag that is off has no percentage: such a change is refused, and the rollout under way goes on
    Given the flag "streams_queue" is on for 25% of people
    When the operator turns the flag "streams_queue" off for 30% of people
    Then it is refused because the flag change is not valid
    And every gateway lists the flags as they were
    And every gateway lists the flag "streams_queue" as on for 25% of people
