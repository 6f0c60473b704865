Feature: Verdicts a drafter can rely on
  The general rules of legal reasoning that decide whether a bill closes, improves or
  sets back a requirement. The bills below are hypothetical drafts written for these
  scenarios; none is a bill before the Milli Majlis.

  Background:
    Given the law of Azerbaijan
    And Recommendation CP/Rec(2023)03

  @A.2 @A.2.3
  Scenario: An exemption only for citizens does not close A.2.3, and the report says why
    Every condition attached to a provision counts. An exemption from state duty for
    victims of trafficking who are citizens leaves foreign and stateless victims out; the
    rule pack's A.2.3 names citizenship among the conditions it forbids, so the report
    calls it a forbidden condition.
    Given the draft bill:
      """
      bill az-test-citizens "Exemption for citizen victims (hypothetical)"
        amends state-duty
        in-force 2026-01-01
      clause 1
        insert in state-duty article 9 after 9.1.14
          provision 9.1.14-1 "Victims of trafficking who are citizens, on compensation claims (hypothetical)."
            exempts victim-of-trafficking from state-duty in compensation-claim when citizenship
      """
    When the bill is checked
    Then the bill improves A.2.3
    And the bill closes nothing
    And A.2.3 is partial
    And the reasons for A.2.3 mention "forbidden condition"
    And the reasons for A.2.3 mention "the person is a citizen"

  @A.1
  Scenario: A lawyer paid by the state only on condition of citizenship does not close A.1
    The recommendation asks for a lawyer from the reasonable-grounds stage, free where the
    victim lacks means. A free lawyer for citizens only leaves foreign victims without
    means out: A.1 improves but is not closed.
    Given the draft bill:
      """
      bill az-test-lawyer-citizens "A free lawyer for citizen victims (hypothetical)"
        amends cpc
        in-force 2026-01-01
      clause 1
        insert in cpc article 19 after 19.2
          provision 19.2-1 "A free lawyer for presumed victims of trafficking who are citizens (hypothetical)."
            grants presumed-victim-of-trafficking legal-assistance from reasonable-grounds free-of-charge when citizenship
      """
    When the bill is checked
    Then the bill closes nothing
    And A.1 is partial
    And the reasons for A.1 mention "extra condition"
    And the reasons for A.1 mention "citizen"

  @A.2 @A.2.4
  Scenario: Adding a condition to the provision a requirement relies on sets it back
    A.2.4 relies on CPC Art. 191 (state compensation for recognised victims, by court
    decision): partial. A bill that also makes it depend on citizenship leaves foreign
    victims out as well; the status stays partial, but the requirement regresses, and the
    report says which test got worse and which shortfall appeared.
    Given the draft bill:
      """
      bill az-test-191-citizens "State compensation for citizens only (hypothetical)"
        amends cpc
        in-force 2026-01-01
      clause 1
        substitute cpc provision 191
          provision 191 "State compensation by court decision, for citizens only (hypothetical)."
            grants recognised-victim state-compensation when court-decision when citizenship
      """
    When the bill is checked
    Then the bill regresses only A.2.4
    And clause 1 of the bill regresses A.2.4
    And A.2.4 was partial before the bill
    And A.2.4 is partial
    And the reasons for A.2.4 mention "extra condition"

  @A.2 @A.2.3
  Scenario: A narrower exemption beside the one A.2.3 relies on changes nothing
    Progress is measured on a test's best provision: adding a worse provision next to a
    better one can never make the requirement worse.
    Given the bill in "legislation/az/bills/01-state-duty-exemption.bill"
    And the draft bill:
      """
      bill az-test-beside "A second, narrower exemption (hypothetical)"
        amends state-duty
        in-force 2027-06-01
      clause 1
        insert in state-duty article 9 after 9.1.14-1
          provision 9.1.14-2 "Child victims who co-operate (hypothetical)."
            exempts child-victim-of-trafficking from state-duty in compensation-claim when co-operation-with-authorities
      """
    When the bills are checked
    Then the bill closes only A.2.3
    And A.2.3 is met
    And the bill breaks nothing

  @A.5 @A.5.1
  Scenario: While inspections are suspended, the inspectors' duty goes none of the way
    A suspension of workplace inspections as a whole leaves nothing of the duty to
    inspect on the days it is in force; once it ends (1 January 2024), the duty counts
    again, for the registered businesses it covers.
    Given the law of Azerbaijan as it stood on 31 December 2023
    When the law is checked
    Then A.5.1 is a gap
    And the reasons for A.5.1 mention "suspends"

  @A.2 @A.2.3
  Scenario: An exemption in civil proceedings goes part of the way for compensation claims
    A civil suit for compensation is both a civil proceeding and a compensation claim, so
    an exemption from state duty in civil proceedings serves victims who sue for damages,
    but not those who bring a civil claim within the criminal case: a narrower proceeding.
    Given the draft bill:
      """
      bill az-test-civil "Exemption in civil proceedings (hypothetical)"
        amends state-duty
        in-force 2026-01-01
      clause 1
        insert in state-duty article 9 after 9.1.14
          provision 9.1.14-1 "Victims of trafficking in civil proceedings (hypothetical)."
            exempts victim-of-trafficking from state-duty in civil-proceeding
      """
    When the bill is checked
    Then the bill improves A.2.3
    And A.2.3 is partial
    And the reasons for A.2.3 mention "narrower proceeding"
