@flags
Feature: A flag changed through one gateway holds on every gateway within 2 seconds
  The operator changes a flag at run time, through any gateway, without a restart. The flags live in
  the store every gateway shares: the listing of the flags is the same whichever gateway is asked. The
  gateway that took the change answers by it at once; every other gateway keeps a copy of the flags it
  reads again every second, rather than asking the store on every request, and so answers by the change
  within 2 seconds. Here the flag "streams_queue" shows it: a gateway that has the flag on keeps a log
  of the people who join through it. With one gateway, the other gateway is that same one.

  Scenario: The person log turned on through one gateway, and off through the other, holds on every gateway within 2 seconds
    Given the flag "streams_queue" is off
    When the operator turns the flag "streams_queue" on for everyone through one gateway
    Then every gateway lists the flag "streams_queue" as on for everyone
    And within 2 seconds, every gateway keeps a log of the people who join through it
    When the operator turns the flag "streams_queue" off through the other gateway
    Then every gateway lists the flag "streams_queue" as off
    And within 2 seconds, no gateway keeps a log of anyone who joins through it
