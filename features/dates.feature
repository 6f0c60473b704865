@dates
Feature: The law on a given date
  Statuses depend on the law in force on the day we look at. The suspension of
  inspections of business entities ran from 1 November 2015 until 1 January 2024.

  Background:
    Given Recommendation CP/Rec(2023)03

  @A.5 @A.5.1
  Scenario: On 31 March 2023 workplace inspections are suspended
    Given the law of Azerbaijan as it stood on 31 March 2023
    When the law is checked
    Then A.5.1 is not met
    And the reasons for A.5.1 mention "suspend"

  @A.5 @A.5.1
  Scenario: As of 1 February 2024 the inspection moratorium is not read as ended
    The suspension until 1 January 2024 is verified; its extension until 1 January 2026 is
    known only from a news report and the US reports, so it is shown, marked not verified,
    and inspections are never read as restored.
    Whether the reported extension suspends them is what decides it: undetermined.
    Given the law of Azerbaijan as of 1 February 2024
    When the law is checked
    Then A.5.1 is undetermined
    And the reasons for A.5.1 mention "until 2026-01-01"
    And the reasons for A.5.1 mention "that suspension is not verified"
    And the reasons for A.5.1 mention "cannot be taken as restored"
    And the reasons for A.5.1 mention "narrower group"

  @A.2 @A.2.3
  Scenario: The state-duty gap is the same in 2024
    Given the law of Azerbaijan as of 1 February 2024
    When the law is checked
    Then A.2.3 is a gap
