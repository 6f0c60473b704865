@bill
Feature: Testing draft bills before they go to parliament
  A drafter tests a bill against the recommendation: which requirements it closes,
  which it only improves, and whether it breaks anything. The example bills in
  legislation/az/bills are hypothetical drafts written to illustrate this; none is a
  bill before the Milli Majlis. Without a date, a bill is tested on the day it enters
  into force.

  Background:
    Given the law of Azerbaijan
    And Recommendation CP/Rec(2023)03

  @A.2 @A.2.3
  Scenario: An exemption from state duty for every victim of trafficking closes A.2.3
    Given the bill in "legislation/az/bills/01-state-duty-exemption.bill"
    When the bill is checked
    Then the bill closes only A.2.3
    And clause 1 of the bill closes A.2.3
    And A.2.3 was a gap before the bill
    And A.2.3 is met
    And A.2.3 relies on "state-duty Art. 9, 9.1.14-1"
    And the bill breaks nothing
    And the tally is 1 met, 6 partial, 0 gap, 8 undetermined, 12 needs-evidence

  @A.1
  Scenario: A free lawyer from the reasonable-grounds stage closes A.1
    Given the bill in "legislation/az/bills/02-lawyer-from-reasonable-grounds.bill"
    When the bill is checked
    Then the bill closes only A.1
    And A.1 was partial before the bill
    And A.1 is met
    And the bill breaks nothing

  @A.1 @A.2 @A.2.3
  Scenario: Two bills together
    Given the bills in "legislation/az/bills/01-state-duty-exemption.bill" and "legislation/az/bills/02-lawyer-from-reasonable-grounds.bill"
    When the bills are checked
    Then the bill closes only A.1 and A.2.3
    And clause 1 of bill "az-draft-cpc-lawyer" closes A.1
    And clause 1 of bill "az-draft-state-duty-thb" closes A.2.3
    And the bill breaks nothing
    And the tally is 2 met, 5 partial, 0 gap, 8 undetermined, 12 needs-evidence

  @A.2 @A.2.3
  Scenario: An exemption for citizens only goes part of the way
    Given the bill in "legislation/az/bills/03-state-duty-exemption-citizens.bill"
    When the bill is checked
    Then the bill improves A.2.3
    And the bill closes nothing
    And A.2.3 is partial
    And the reasons for A.2.3 mention "narrower group"

  @A.2 @A.2.3
  Scenario: An exemption that depends on co-operating with the police goes part of the way
    The recommendation asks for an exemption for victims of trafficking as such; one
    that depends on co-operating with the investigating authorities covers only some.
    Given the bill in "legislation/az/bills/03b-state-duty-exemption-co-operation.bill"
    When the bill is checked
    Then the changes are:
      | requirement | before | after   | change    |
      | A.2.3       | gap    | partial | improved  |
      | A.1         |        |         | unchanged |
    And the reasons for A.2.3 mention "co-operates with the investigating authorities"

  @A.2 @A.2.4
  Scenario: Repealing state compensation is a regression
    Given the bill in "legislation/az/bills/04-repeal-cpc-191.bill"
    When the bill is checked
    Then the bill regresses A.2.4
    And clause 1 of the bill regresses A.2.4
    And A.2.4 was partial before the bill
    And A.2.4 is a gap
    And the bill closes nothing

  @A.2 @A.2.3
  Scenario: A drafter writes the bill in the scenario itself
    Given the draft bill:
      """
      bill draft-thb-duty "Draft: exemption from state duty for victims of trafficking (hypothetical)"
        number unknown
        dated unknown
        amends state-duty
        in-force 2026-01-01
        note "Written for this scenario; not a real bill."
      clause 1 "Exemption"
        insert in state-duty article 9 after 9.1.14
          provision 9.1.14-1 "Victims of trafficking are exempt from state duty on compensation claims."
            exempts victim-of-trafficking from state-duty in compensation-claim
      """
    When the bill is checked
    Then the bill closes A.2.3
    And the bill breaks nothing

  @dates @A.2 @A.2.3
  Scenario: Before the bill enters into force, the law is as it was
    Given the law as of 1 February 2024
    And the bill in "legislation/az/bills/01-state-duty-exemption.bill"
    When the bill is checked
    Then the bill closes nothing
    And A.2.3 is a gap

  @A.2 @A.2.3
  Scenario: A provision added to the law by hand, to try a wording before drafting a bill
    Given article 9 of the Law on State Duty also says:
      """
      provision 9.1.14-1 "Victims of trafficking are exempt from state duty on compensation claims, if they are citizens."
        exempts victim-of-trafficking from state-duty in compensation-claim when citizenship
      """
    When the law is checked
    Then A.2.3 is partial
    And the reasons for A.2.3 mention "citizen"
