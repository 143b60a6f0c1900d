Feature: Entering once let in
  Someone let in is told they are ready to enter, and enters by handing in the waiting token: they get
  an entry pass for the ticket shop. They stay ready until their admission window ends, however often
  they check and whether they entered or not. Entering again (a retry, a second browser tab) gives the
  same pass, for what is left of the same window.

  Scenario: Someone let in stays ready after entering, and entering again gives the same pass
    Given an event whose sale lets in 10 people a second
    And these people have joined the queue in this order: ann, ben
    When the sale opens
    Then "ann" is let in within 3 seconds
    When "ann" enters
    Then "ann" is given an entry pass for what is left of an admission window of 600 seconds
    And "ann" is still ready to enter
    When "ann" enters again
    Then "ann" is given the same entry pass as before, with no more time left than before
    And "ann" is still ready to enter
