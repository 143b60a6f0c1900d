Feature: Letting people in at the event's pace, in the order they joined
  Once an event's sale opens, the waiting room lets people in from the head of the queue at the
  event's admission rate, however often people check and however many gateways run. It lets people
  in strictly in the order they joined. When the sale opens it may let one second's worth in at once
  (at least one person), so in the first t seconds after the opening at most "rate x t + one second's
  worth" people are let in.

  In these scenarios the queue is watched by looking at everyone's status, again and again, while
  people are let in. Each look goes from the last person to join to the first, so that a look that
  finds someone let in also finds everyone ahead of them let in, unless the order was broken.

  Scenario: People are let in at the configured rate, in the order they joined
    Given an event whose sale lets in 5 people a second
    And 30 people have joined the queue, one after another
    When the sale opens
    And the queue is watched until all 30 people have been let in, for at most 15 seconds
    Then at every look, those let in were exactly the first to join, and everyone else waited behind them in joining order
    And at every look, no more people had been let in since the sale opened than 5 a second plus 5 at once
    And at least 3 looks caught the sale part way, with some but not all of the 30 let in
    And at least 10 people had been let in within 4 seconds of the opening
