@bad-input
Feature: Input lexcheck rejects, with a message naming the line
  A drafter who makes a mistake in a bill or in a provision must be told where it is,
  not get a wrong answer.

  Background:
    Given the law of Azerbaijan
    And Recommendation CP/Rec(2023)03

  Scenario: A bill with a misspelt operation is rejected at its line
    Given the draft bill:
      """
      bill draft-typo "A draft with a typing mistake (hypothetical)"
        number unknown
        amends state-duty
        in-force 2025-07-01
      clause 1
        insrt in state-duty article 9 after 9.1.14
          provision 9.1.?90 "Victims of trafficking are exempt."
            exempts victim-of-trafficking from state-duty in compensation-claim
      """
    When the bill is checked
    Then the bill is rejected with a message naming line 18
    And the message says "unexpected 'insrt'"
    And the message says "did you mean 'insert'"

  Scenario: A bill amending an article that is not there is rejected
    Given the draft bill:
      """
      bill draft-wrong-article "A draft naming an article the Law does not have (hypothetical)"
        number unknown
        amends state-duty
        in-force 2025-07-01
      clause 1
        repeal state-duty article 99
      """
    When the bill is checked
    Then the bill is rejected with a message naming line 35
    And the message says "99"

  Scenario: A provision with a misspelt term is rejected
    Given article 9 of the Law on State Duty also says:
      """
      provision 9.1.?90 "Victims of trafficking are exempt."
        exempts victim-of-trafficing from state-duty in compensation-claim
      """
    When the law is checked
    Then the law is rejected with a message naming line 45
    And the message says "did you mean 'victim-of-trafficking'"
