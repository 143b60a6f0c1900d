@page
Feature: A person in the rush, on the event's page
  The people in a ticket rush do not call the API: they open the event's page, which the waiting room
  serves itself. The page places them in the queue, shows their exact place and how many people are
  ahead (telling screen readers too), lets them in when their turn comes (saying so in the tab's title as
  well), and lets them pick, hold and buy their seats. It shows the event's name and the operator's
  message as text, whatever characters they contain, on a phone as on a desktop.
  These scenarios drive the page in a real browser, a headless Chromium, against the running waiting
  room; each keeps a screenshot of the page under target/page-screenshots/<store>/. The events allow
  10 seconds of silence, so the page checks the place at least every 3 seconds.

  Scenario: A person waits on the page, is let in when the sale opens, and buys two seats
    Given an event with the seats A1 to A6 and these settings:
      | silence allowed  | 10 seconds |
      | admission window | 60 seconds |
    And these people have joined the queue in this order: ann, ben
    And they keep checking their places every 2 seconds
    When "cleo" opens the event's page
    Then the page of "cleo" shows her waiting at place 3, with 2 people ahead
    And the page of "cleo" has told screen readers that she is number 3 in line
    And the page of "cleo" says the wait is not known yet
    And 3 places are taken in the queue
    When the sale opens
    Then the page of "cleo" lets her in within 15 seconds
    And the page of "cleo" shows the seats A1 to A6 available
    And the page of "cleo" counts down her admission window
    When "cleo" picks the seats A2, A3 on the page
    And "cleo" holds the seats she picked
    Then the page of "cleo" shows her hold counting down from at most 60 seconds
    And the seats A2, A3 are held
    When "cleo" confirms on the page
    Then the page of "cleo" confirms the seats A2, A3
    And the seats A2, A3 are sold
    And the seats A1, A4 to A6 are available

  Scenario: The operator's name and message for the event show as text, even when they contain markup, on a phone too
    Given an event whose page shows the name "Summer <b>Open</b> Air" and the message "Gates open at 18:00. <b>Bring your ticket</b> <script>alert('hi')</script>"
    When "ann" opens the event's page on a phone
    Then the page of "ann" fits the phone's width, with nothing to scroll sideways
    And the page of "ann" shows the name and the message exactly as the operator wrote them, markup and all
    And the page of "ann" made no element out of the operator's text
