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
  Scenario: As of 1 February 2024 the inspection moratorium has ended
    Given the law of Azerbaijan as of 1 February 2024
    When the law is checked
    Then the reasons for A.5.1 do not mention "suspend"
    But A.5.1 is not met
    And the reasons for A.5.1 mention "narrower group"

  @A.2 @A.2.3
  Scenario: The state-duty gap is the same in 2024
    Given the law of Azerbaijan as of 1 February 2024
    When the law is checked
    Then A.2.3 is a gap
