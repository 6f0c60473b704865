@evidence
Feature: Practice shown by evidence records
  Where the recommendation asks for practice (training, resources, awareness), only an
  evidence record can show it is done; lexcheck never guesses. The records below are
  hypothetical examples, not facts about Azerbaijan.

  Background:
    Given the law of Azerbaijan as it stood on 31 March 2023
    And Recommendation CP/Rec(2023)03

  @A.2 @A.2.6
  Scenario: Training on compensation, once shown by a record, is met
    Given the evidence:
      """
      evidence A.2.6 "Hypothetical example: compensation added to the training of judges and prosecutors"
        source "Hypothetical training curriculum (example only, not a real document)" dated 2024-05-01
      """
    When the law is checked
    Then A.2.6 is met
    And the reasons for A.2.6 mention "evidence"

  @A.2 @A.2.4
  Scenario: Evidence that Article 191 is applied meets A.2.4
    The bullet asks only that Article 191 of the Criminal Procedure Code be applied in
    practice; the legal basis is there, so evidence that it is applied meets the item.
    Given the evidence:
      """
      evidence A.2.4 "Hypothetical example: Article 191 applied in a trafficking case"
        source "Hypothetical court decision (example only, not a real document)" dated 2024-09-01
      """
    When the law is checked
    Then A.2.4 is met

  @A.5 @A.5.1
  Scenario: Evidence of practice does not make up for a law that covers too few people
    The labour inspectors' mandate covers registered businesses only; evidence that the
    inspectorate is resourced does not widen it.
    Given the evidence:
      """
      evidence A.5.1 "Hypothetical example: the inspectorate's budget and staff increased"
        source "Hypothetical budget law (example only, not a real document)" dated 2024-09-01
      """
    When the law is checked
    Then A.5.1 is partial
    And the reasons for A.5.1 mention "narrower group"

  @A.2 @A.2.6
  Scenario: Without a record, practice needs evidence
    When the law is checked
    Then A.2.6 needs evidence
    And A.2.6 relies on no provision
