@three-instances
Feature: Several gateways letting people in together
  Every gateway steps admission for every event several times a second, and nothing decides which
  gateway leads. Each step is whole in the shared store, so three gateways together let people in
  exactly as one would: at the event's rate, in the order of the queue, and nobody twice. In this run
  the waiting room has three gateways, and the queue is watched through all three at the same time.

  Background:
    Given the waiting room runs as at least 3 gateways sharing one queue

  Scenario: Three gateways stepping admission at once keep to the rate and let nobody in twice
    Given an event with these admission settings:
      | admission rate                 | 5 people a second |
      | open admission windows at most | 25                |
    And 40 people have joined the queue, one after another
    When the sale opens
    And the queue is watched through every gateway at the same time until 25 people have been let in, for at most 15 seconds
    Then at every look, those let in were exactly the first to join, and everyone else waited behind them in joining order
    And at every look, no more people had been let in since the sale opened than 5 a second plus 5 at once
    And every gateway was stepping admission while the sale ran
    And the event counts 25 people let in, exactly as many as there are different people ready to enter
    And every gateway shows the same status and the same place for every person
    And the gateways together report 25 people let in by their admission steps
    And 25 admission windows are open
