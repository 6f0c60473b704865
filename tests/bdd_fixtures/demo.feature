@baseline
Feature: The step library on invented test data

  Background:
    Given the legislation in "corpus"
    And the requirements in "rules"

  @A.2
  Scenario: A narrower group of people is only part of the way
    When the law is checked
    Then A.2 is partial
    And the reasons for A.2 mention "narrower group"
    And A.2 relies on "sd Art. 9"
    And A.1 is partial
    And the reasons for A.1 mention "later than 'reasonable grounds"
    And the reasons for A.1 mention "not say the entitlement is free of charge"
    And A.1 relies on "cpc Art. 19, 19.2"
    And A.4 relies on no provision
    # A.3: on 31 March 2023 the moratorium suspends inspections as a whole: a gap
    And A.3 is a gap
    And the tally is 0 met, 2 partial, 1 gap, 0 undetermined, 1 needs-evidence

  @dates @A.3
  Scenario: The moratorium ends
    Given the law as of 1 February 2024
    When the law is checked
    Then the requirements have these statuses:
      | requirement | status         |
      | A.3         | met            |
      | A.4         | needs evidence |

  @A.2
  Scenario: A provision added inline
    Given article 9 of sd also says:
      """
      provision 9.1.?9 "Victims of trafficking (invented)."
        exempts victim-of-trafficking from state-duty in compensation-claim
      """
    When the law is checked
    Then A.2 is met
    And A.2 relies on "sd Art. 9, 9.1.?9"

  @A.4
  Scenario: Evidence of practice
    Given the evidence in "evidence/training.evidence"
    When the law is checked
    Then A.4 is met
