Feature: An honest estimate of the wait
  People waiting are told how long they will likely wait: their place divided by the pace at which
  people were actually let in over the last minute (or since the first person was let in, when that is shorter),
  rounded up to whole seconds. Before anyone has been let in, or while the sale is paused, there is no
  such pace, and nobody is given an estimate: a made-up number would be worse than none.

  The measured pace counts the first second's worth that is let in at once when the sale opens, so it
  starts above the rate and comes down to it over the first seconds: a fifth above it after five seconds.

  Scenario: No estimate before anyone is let in; afterwards, an estimate that matches the pace
    Given an event whose sale lets in 5 people a second
    And 80 people have joined the queue, one after another
    Then the event has measured no pace of letting people in yet
    And nobody waiting is given an estimate of their wait
    When the sale opens
    Then from 6 to 9 seconds after the opening, the pace at which people are let in, as the event measures it, stays within 30% of 5 a second
    And everyone still waiting is given an estimate within 30% of their place divided by 5 a second, in whole seconds
