@page
Feature: The page keeps a person's one place, whatever happens to the page or the server
  The page keeps the key of its join, and then the waiting token, in the browser's storage for the
  event, before it sends the join. Refreshing the page, opening it in a second tab, or closing the
  browser and opening it again shows the same place instead of joining again. When the server is away for a few seconds, the page says calmly that
  it is reconnecting, never that the place is lost, and carries on with the same place once the server
  is back.
  On Redis the server really stops, and a new one starts on the same port against the same Redis. In
  memory the queue lives in the server, so a restart would empty it: there the page reaches the server
  through a relay, and the relay stops answering while the server keeps its queue.

  Scenario: Refreshing the page, opening it in a second tab, or closing and reopening the browser show the same place, taken once
    Given an event with the seats A1 to A4 and these settings:
      | silence allowed | 10 seconds |
    And these people have joined the queue in this order: ann
    And they keep checking their places every 2 seconds
    When "ben" opens the event's page
    Then the page of "ben" shows him waiting at place 2, with 1 person ahead
    When "ben" refreshes the page
    Then the page of "ben" shows him waiting at place 2, with 1 person ahead
    And the page of "ben" still holds the waiting token it was first given
    When "ben" opens the event's page in a second tab
    Then the page of "ben" shows him waiting at place 2, with 1 person ahead
    And the page of "ben" still holds the waiting token it was first given
    When "ben" closes the browser, opens it again and opens the event's page
    Then the page of "ben" shows him waiting at place 2, with 1 person ahead
    And the page of "ben" still holds the waiting token it was first given
    And 2 places are taken in the queue

  # 20 seconds of silence allowed, well beyond the few seconds the server is away: nobody's place is
  # given up meanwhile, so the place the page shows afterwards is the one it had
  Scenario: The server is away for a few seconds: the page says it is reconnecting, and carries on with the same place
    Given an event with the seats A1 to A4 and these settings:
      | silence allowed | 20 seconds |
    And these people have joined the queue in this order: ann
    And they keep checking their places every 2 seconds
    When "ben" opens the event's page
    Then the page of "ben" shows him waiting at place 2, with 1 person ahead
    When the server stops
    Then the page of "ben" says it is reconnecting, still showing him at place 2
    And for 3 seconds the page of "ben" keeps saying it is reconnecting, never that the place is lost
    When the server starts again
    Then the page of "ben" stops saying it is reconnecting, within 15 seconds
    And the page of "ben" shows him waiting at place 2, with 1 person ahead
    And the page of "ben" still holds the waiting token it was first given
    And 2 places are taken in the queue
