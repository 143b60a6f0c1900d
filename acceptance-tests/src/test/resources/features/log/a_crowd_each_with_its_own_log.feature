@log
Feature: In a crowd, each person's log holds that person's changes, in the order they happened
  When a sale opens, people join and leave all at once, through whichever gateway is next. Each
  change is written to its person's log in the same moment as the change itself, so however many
  people act at once, and through however many gateways, each person's log lists exactly what that
  person did, in the order it was done: nothing missing, nothing written twice, nothing of anyone else.
  With several gateways, each person's requests go through them in turn.

  Scenario: 50 people joining and leaving at once, 1,000 requests in all, each find exactly their own changes in their log
    Given the flag "streams_queue" is on for everyone
    And an event whose sale has not opened yet
    When 50 people at the same moment each join the queue and leave it again 10 times, one request after another, through the gateways in turn
    Then all 500 joins are accepted, and all 500 leaves give the place up
    And every gateway answered some of them
    And each person's log, read 8 changes at a time, lists exactly that person's joins and leaves, in the order sent, each join at the position it was given
