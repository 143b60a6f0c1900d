Feature: How many admission windows are open at once
  Everyone let in gets an admission window: a time in which to enter. An event allows at most so many
  windows to be open at once; while that many are open nobody else is let in, whatever the rate allows.
  A window closes when its time is up or when its holder leaves, and then the next person is let in.

  Scenario: No more windows are open than the event allows; when someone leaves, the next person is let in
    Given an event with these admission settings:
      | admission rate                 | 10 people a second |
      | open admission windows at most | 2                  |
    And these people have joined the queue in this order: ann, ben, cat, dan
    When the sale opens
    Then these people are let in within 3 seconds: ann, ben
    And for the next 2 seconds nobody else is let in, while the others keep these places:
      | cat | 1 |
      | dan | 2 |
    And 2 admission windows are open
    When "ann" leaves the queue
    Then "ann" is told that the place was given up
    And "ann" no longer has a place in the queue
    And "cat" is let in within 3 seconds
    And "dan" is still at place 1
    And 2 admission windows are open
