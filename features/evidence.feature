@evidence
Feature: Practice shown by evidence records: dated, scoped, of a kind, never mistaken for the law
  Where the recommendation asks for practice (training, resources, awareness), only an
  evidence record can show it is done; lexcheck never guesses. A record counts from its
  date (until its end date, if it has one), for the elements of the bullet it covers, and
  only if it is a kind of evidence the requirement accepts. A requirement met on evidence
  is not met in law. The records are hypothetical examples, in the folder a ministry would
  keep (ministry-evidence/), not facts about Azerbaijan.

  Background:
    Given Recommendation CP/Rec(2023)03

  @A.2 @A.2.6 @dates
  Scenario: On the day GRETA adopted its report, the ministry's later evidence shows nothing yet
    The Justice Academy's course began on 1 May 2024, and the lawyers' programme ran from
    2021 to mid-2022: on 31 March 2023 neither shows training on compensation.
    Given the law of Azerbaijan as it stood on 31 March 2023
    And the evidence in "ministry-evidence"
    When the law is checked
    Then A.2.6 needs evidence
    And the reasons for A.2.6 mention "counts only from 2024-05-01, after the date of the check (2023-03-31)"
    And the reasons for A.2.6 mention "counted only from 2021-02-01 until 2022-07-01"
    And C needs evidence

  @A.2 @A.2.6 @dates
  Scenario: A course for judges and prosecutors goes part of the way; the lawyers are still missing
    A.2.6 asks for the training of lawyers representing victims, prosecutors and judges.
    In June 2024 the Justice Academy's course covers judges and prosecutors; the lawyers'
    programme ended in 2022, so it no longer shows anything.
    Given the law of Azerbaijan as of 1 June 2024
    And the evidence in "ministry-evidence"
    When the law is checked
    Then A.2.6 is partly met
    And the reasons for A.2.6 mention "no evidence that counts covers 'lawyers who represent victims of trafficking'"
    And the reasons for A.2.6 mention "Hypothetical curriculum of the Justice Academy"
    And the reasons for A.2.6 mention "from 2024-05-01"
    And on the law alone A.2.6 needs evidence

  @A.5 @A.5.2
  Scenario: A budget line is not training
    Given the law of Azerbaijan as of 1 June 2024
    And the evidence in "ministry-evidence"
    When the law is checked
    Then A.5.2 needs evidence
    And the reasons for A.5.2 mention "is a budget line; this test accepts only a training programme"

  @C
  Scenario: The report to the Committee of the Parties, once sent, is met on evidence, not in law
    Given the law of Azerbaijan as of 1 July 2025
    And the evidence in "ministry-evidence"
    When the law is checked
    Then C is met on evidence, not in law
    And on the law alone C needs evidence
    And the reasons for C mention "from 2025-06-10"

  @A.2 @A.2.2
  Scenario: Evidence that victims are told in their language does not make the law say so
    The leaflet covers every element of the practice test, but the law's tests of A.2.2
    are not met (the Criminal Procedure Code and the THB Law are encoded only in part), so
    the requirement is only partly met, and on the law alone it stays undetermined.
    Given the law of Azerbaijan as of 1 June 2024
    And the evidence in "ministry-evidence"
    When the law is checked
    Then A.2.2 is partial on evidence, not in law
    And on the law alone A.2.2 is undetermined

  @A.2 @A.2.4
  Scenario: Evidence that Article 191 is applied makes A.2.4 met on evidence, and only partial in law
    The legislative test of A.2.4 (Art. 191 CPC: state compensation by a court's decision) is
    met by the law; that it is applied in practice only a record can show.
    Given the law of Azerbaijan as of 1 October 2024
    And the evidence:
      """
      evidence A.2.4 "Hypothetical example: Article 191 applied in a trafficking case"
        kind case-decision
        covers state-compensation-paid
        from 2024-09-01
        source "Hypothetical court decision (example only, not a real document)" dated 2024-09-01
      """
    When the law is checked
    Then A.2.4 is met on evidence, not in law
    And on the law alone A.2.4 is partial
    And A.2.4 relies on "cpc Art. 191"

  @A.2 @A.2.6
  Scenario: Without any record, practice needs evidence
    Given the law of Azerbaijan as it stood on 31 March 2023
    When the law is checked
    Then A.2.6 needs evidence
    And A.2.6 relies on no provision

  @A.2 @A.2.6 @bad-input
  Scenario: A record naming an element the vocabulary does not know is rejected at its line
    Given the law of Azerbaijan as of 1 June 2024
    And the evidence:
      """
      evidence A.2.6 "Hypothetical example: a course for judges"
        kind training-programme
        covers judge
        source "Hypothetical curriculum (example only)" dated 2024-05-01
      """
    When the law is checked
    Then the evidence is rejected with a message naming line 99
    And the message says "did you mean 'judges'"
