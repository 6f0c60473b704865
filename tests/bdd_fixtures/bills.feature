@bill
Feature: Testing a bill with the step library (invented test data)

  Background:
    Given the legislation in "corpus"
    And the requirements in "rules"

  @A.2
  Scenario: A bill from a file closes A.2
    Given the bill in "bills/duty.bill"
    When the bill is checked
    Then the bill closes A.2
    And A.2 was partial before the bill
    And A.2 is met
    And the bill breaks nothing
    And the bill opens nothing
    And the changes are:
      | requirement | before  | after | change    |
      | A.2         | partial | met   | closed    |
      | A.1         |         |       | unchanged |

  @A.2 @A.3
  Scenario: A bill written inline repeals the labour moratorium
    Given the law as of 1 March 2023
    And the draft bill:
      """
      bill t-lift "Test bill: lift the moratorium (invented)"
        number unknown
        amends cpc
        in-force 2023-01-01
      clause 1
        repeal cpc provision 20.2
      """
    When the bill is checked
    Then the bill closes only A.3
    And A.3 is met

  @bad-input
  Scenario: A bill with a syntax error is rejected at its line
    Given the draft bill:
      """
      bill t-bad "Broken"
        amends sd
        in-force 2025-07-01
      clause 1
        insret in sd article 9
      """
    When the bill is checked
    Then the bill is rejected with a message naming line 46
    And the message says "insret"

  @bad-input
  Scenario: A provision with an unknown term is rejected
    Given article 9 of sd also says:
      """
      provision 9.1.?8 "Victims (invented)."
        exempts victim-of-trafficing from state-duty in compensation-claim
      """
    When the law is checked
    Then the law is rejected with a message naming line 57
    And the message says "did you mean 'victim-of-trafficking'"
