@log
Feature: Log requests and log settings the waiting room cannot act on
  A log is read a page at a time, oldest change first: 1 to 1,000 changes a page (100 unless asked
  otherwise), from the start or after the cursor the previous page ended with. The operator names the
  person by user id, in an event that exists; the person holding a waiting token reads their own
  history with it. An event keeps between 10 and 10,000 changes in each person's log, for between an
  hour and 30 days after the person's last change. Anything else is refused with the reason: a
  request for a log changes nothing, and a refused setting changes none of the event's settings.

  Scenario Outline: A request for a log that cannot be acted on is refused
    Given an event that is open for sale
    And "ann" has joined the queue
    When <someone> <asks>
    Then it is refused because <reason>

    Examples:
      | someone      | asks                                                             | reason                                       |
      | the operator | asks for the log of "ann" 0 changes at a time                    | the number of changes asked for is not valid |
      | the operator | asks for the log of "ann" 1001 changes at a time                 | the number of changes asked for is not valid |
      | the operator | asks for the log of "ann" "ten" changes at a time                | the number of changes asked for is not valid |
      | the operator | asks for the log of "ann" after the cursor "yesterday"           | the cursor is not valid                      |
      | the operator | asks for the log of "ann" after the cursor "-1-0"                | the cursor is not valid                      |
      | the operator | asks for the log of "ann" in an event that does not exist        | the event does not exist                     |
      | the operator | asks for a log without naming the person                         | no valid person is named                     |
      | the operator | asks for the log of "ann smith"                                  | no valid person is named                     |
      | "ann"        | asks for the history of her place 0 changes at a time            | the number of changes asked for is not valid |
      | "ann"        | asks for the history of her place 1001 changes at a time         | the number of changes asked for is not valid |
      | "ann"        | asks for the history of her place after the cursor "1700000000000" | the cursor is not valid                    |
      | someone      | asks for a history without giving a waiting token                | no waiting token was given                   |
      | someone      | asks for the history of a waiting token that was never given out | the waiting token has no place in the queue  |

  Scenario: A person the log has nothing about has an empty log, not a refusal
    Given the flag "streams_queue" is on for everyone
    And an event that is open for sale
    And "ann" has joined the queue
    When the operator asks for the log of "bob"
    Then the log shown is empty, with no page after it
    And the log of "ann" holds only her join, and so does her history

  Scenario Outline: A log setting out of its range is refused, naming the setting, and nothing changes
    Given an event that is open for sale
    When the operator sets the <setting> to <value>
    Then it is refused because the request is malformed
    And the refusal names that log setting
    And the settings of the event, its log settings too, are as they were

    Examples:
      | setting                                              | value            |
      | number of changes kept in each person's log          | 9                |
      | number of changes kept in each person's log          | 10001            |
      | number of changes kept in each person's log          | 100.5            |
      | number of changes kept in each person's log          | "many"           |
      | time each person's log is kept after its last change | 3599 seconds     |
      | time each person's log is kept after its last change | 2592001 seconds  |
      | time each person's log is kept after its last change | -3600 seconds    |

  Scenario: A new event keeps the newest 100 changes of each person's log, for 7 days after the last
    Given an event that is open for sale
    Then the event's number of changes kept in each person's log is 100
    And the event's time each person's log is kept after its last change is 604800 seconds

  Scenario Outline: A log setting at either end of its range is taken
    Given an event that is open for sale
    When the operator sets the <setting> to <value>
    Then the event's <setting> is <value>

    Examples:
      | setting                                              | value           |
      | number of changes kept in each person's log          | 10              |
      | number of changes kept in each person's log          | 10000           |
      | time each person's log is kept after its last change | 3600 seconds    |
      | time each person's log is kept after its last change | 2592000 seconds |
