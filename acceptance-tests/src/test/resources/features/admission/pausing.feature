Feature: Pausing and resuming a sale
  An operator may pause a sale at any moment: from the next admission step on, nobody else is let in,
  while everyone keeps their place. Nobody waiting is given an estimate while paused. Resuming carries on
  from the head of the queue, in the same order and at the same pace.

  Scenario: Pausing stops letting people in; resuming carries on in the order people joined
    Given an event whose sale lets in 5 people a second
    And 30 people have joined the queue, one after another
    When the sale opens
    And the queue is watched until at least 10 people have been let in, for at most 10 seconds
    And the sale is paused
    Then from a moment after the pause on, nobody else is let in for 3 seconds
    And nobody waiting is given an estimate of their wait
    When the sale resumes
    And the queue is watched until all 30 people have been let in, for at most 15 seconds
    Then at every look, those let in were exactly the first to join, and everyone else waited behind them in joining order
    And at every look, no more people had been let in since the sale resumed than 5 a second plus 5 at once
