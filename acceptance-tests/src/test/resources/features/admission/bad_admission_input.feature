Feature: Admission requests the waiting room cannot act on
  Entering takes the waiting token of someone who has been let in, and each admission setting has its
  range. Anything else is refused with the reason, and nothing changes.

  Scenario Outline: Entering is refused when the request cannot be acted on, and nothing changes
    Given an event whose sale lets in 10 people a second
    And "alice" has joined the queue
    When someone <attempt>
    Then it is refused because <reason>
    And the queue of the event is as it was before
    And "alice" is still at place 1

    Examples:
      | attempt                                              | reason                                      |
      | enters without saying with which waiting token       | the request is malformed                    |
      | enters with a waiting token that was never given out | the waiting token has no place in the queue |

  Scenario: Someone who has not been let in yet cannot enter
    Given an event whose sale has not opened yet
    And these people have joined the queue in this order: alice, bob
    When "bob" enters
    Then it is refused because the person has not been let in yet
    And the refusal tells the place, 2
    And "bob" is still at place 2
    And nobody has been let in

  Scenario Outline: An admission setting out of its range is refused, naming the setting, and nothing changes
    Given an event with these admission settings:
      | admission rate                 | 5 people a second |
      | open admission windows at most | 100               |
      | admission window               | 60 seconds        |
      | silence allowed                | 30 seconds        |
    When the operator sets the <setting> to <value>
    Then it is refused because the request is malformed
    And the refusal names that setting
    And the settings of the event are as they were

    Examples:
      | setting                        | value              |
      | admission rate                 | 0                  |
      | admission rate                 | 0.05               |
      | admission rate                 | 100001             |
      | admission rate                 | "fast"             |
      | open admission windows at most | 0                  |
      | open admission windows at most | 10000001           |
      | open admission windows at most | 2.5                |
      | admission window               | 9 seconds          |
      | admission window               | 86401 seconds      |
      | silence allowed                | 9 seconds          |
      | silence allowed                | 86401 seconds      |
      | silence allowed                | -30 seconds        |
      | pause                          | "not yet"          |

  Scenario: A change with one setting out of range changes none of the settings, not even those in range
    Given an event with these admission settings:
      | admission rate  | 5 people a second |
      | silence allowed | 30 seconds        |
    When the operator changes these settings at once:
      | admission rate  | 50 people a second |
      | silence allowed | 5 seconds          |
    Then it is refused because the request is malformed
    And the refusal names the silence allowed
    And the settings of the event are as they were

  Scenario Outline: An admission setting at either end of its range is taken
    Given an event with these admission settings:
      | admission rate | 5 people a second |
    When the operator sets the <setting> to <value>
    Then the event's <setting> is now <value>

    Examples:
      | setting                        | value          |
      | admission rate                 | 0.1            |
      | admission rate                 | 100000         |
      | open admission windows at most | 1              |
      | open admission windows at most | 10000000       |
      | admission window               | 10 seconds     |
      | admission window               | 86400 seconds  |
      | silence allowed                | 10 seconds     |
      | silence allowed                | 86400 seconds  |
