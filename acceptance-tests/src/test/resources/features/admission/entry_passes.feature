Feature: Entry passes the ticket shop checks on its own
  The entry pass is signed by the waiting room. The ticket shop checks it with nothing but the keys
  the waiting room publishes, and learns from it who was let in, for which event, and until when. A
  pass signed by anyone else, a pass that was changed in any way, and a pass whose admission window
  has ended are refused.

  Scenario: The pass says who was let in, for which event, and until when
    Given an event whose sale lets in 10 people a second
    And "ann" has joined the queue
    When the sale opens
    Then "ann" is let in within 3 seconds
    When "ann" enters
    Then the ticket shop accepts the entry pass of "ann" with the published keys
    And the entry pass is issued by the waiting room, for this event
    And the entry pass names "ann" as the person let in
    And the entry pass is good until the admission window of "ann" ends, 600 seconds after "ann" was let in
    And the entry pass does not give away the waiting token of "ann"

  Scenario: A pass signed with any other key is refused
    Given an event whose sale lets in 10 people a second
    And "ann" has joined the queue
    When the sale opens
    Then "ann" is let in within 3 seconds
    When "ann" enters
    And someone signs a copy of the entry pass of "ann" with a key of their own, naming the published key
    Then the ticket shop refuses that pass, because its signature does not verify

  Scenario Outline: A pass that was changed is refused
    Given an event whose sale lets in 10 people a second
    And "ann" has joined the queue
    When the sale opens
    Then "ann" is let in within 3 seconds
    When "ann" enters
    And someone changes the entry pass of "ann" so that it <change>
    Then the ticket shop refuses that pass, because its signature does not verify

    Examples:
      | change                      |
      | is for another event        |
      | is good for an hour longer  |
      | names another person        |

  Scenario: A pass is refused once its admission window has ended, and the window goes to the next person
    Given an event with these admission settings:
      | admission rate                 | 10 people a second |
      | admission window               | 10 seconds         |
      | open admission windows at most | 1                  |
    And these people have joined the queue in this order: ann, bob
    When the sale opens
    Then "ann" is let in within 3 seconds
    When "ann" enters
    Then the ticket shop accepts the entry pass of "ann" with the published keys
    And "bob" is still at place 1
    When the admission window of "ann" ends, no sooner than 10 seconds and no later than 16 seconds after the sale opened
    Then "ann" is told that the place has expired
    And the ticket shop, allowing no difference between clocks, refuses the entry pass of "ann" because it has expired
    And "ann" can no longer enter, because the place has expired
    And "bob" is let in within 3 seconds
