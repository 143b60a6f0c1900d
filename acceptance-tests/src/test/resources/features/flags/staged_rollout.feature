@flags @log
Feature: A flag rolled out to part of the people, the same part on every gateway
  A feature flag is off, on, or on for a percentage of the people. Each person has a bucket from 0 to
  99 for each flag, a fixed hash of the flag's name and the person's user id (the ticket for someone
  without one), and the flag is on for the people whose bucket is below the percentage. So every
  gateway gives a person the same answer, restarts change nothing, and raising the percentage only
  adds people: nobody who had the feature loses it. The flag "streams_queue" turns each person's log on.

  "About a quarter" of 4,000 people is between 900 and 1,100 of them, and "about half" between 1,800
  and 2,200: the buckets are a fixed hash, and these bounds say what "about" means. Every person joins
  once through each gateway, so that each gateway answers for every person, and stays in the queue
  while the logs are read (the event allows an hour of silence).

  Scenario: At 25% about a quarter of the people get a log, the same on every gateway; at 50% they all still do, and about as many again
    Given the flag "streams_queue" is on for 25% of people
    And an event with these admission settings:
      | silence allowed | 3600 seconds |
    When 4000 people join the queue, each once through every gateway
    Then between 900 and 1100 of them have a log
    And the log of each of them holds all of their joins, through every gateway, and no one else has a log
    When the flag "streams_queue" is rolled out to 50% of people
    And a new event opens with the same settings, and the same people join its queue, each once through every gateway
    Then between 1800 and 2200 of them have a log
    And the log of each of them holds all of their joins, through every gateway, and no one else has a log
    And everyone who had a log in the first event has one in the new event
