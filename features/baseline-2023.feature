@baseline
Feature: Azerbaijan's law on 31 March 2023 against part A of Recommendation CP/Rec(2023)03
  GRETA adopted its third report on Azerbaijan at its 47th meeting (27-31 March 2023);
  the Committee of the Parties took its proposals into Recommendation CP/Rec(2023)03. We
  check the law as it stood on 31 March 2023, the last day of that meeting, item by item. The expected statuses are our own reading of the
  recommendation and of the law as encoded (legislation/az), written before the check
  was run: a "gap" only where the place searched is encoded completely; "undetermined"
  where the law is encoded only in part or the deciding text is not verified; "needs
  evidence" where the recommendation asks for practice, not for words in the law.

  Background:
    Given the law of Azerbaijan as it stood on 31 March 2023
    And Recommendation CP/Rec(2023)03
    When the law is checked

  @A.1
  Scenario: A.1 A lawyer from the moment there are reasonable grounds
    The Criminal Procedure Code lets a victim use a lawyer of the victim's own choosing,
    but only once formally recognised as victim in the proceedings, which in our reading
    comes later than reasonable grounds and after the decision whether to co-operate (the
    exact timing of recognition is not verified).
    Then A.1 is partial
    And the reasons for A.1 mention "later than"
    And A.1 relies on "cpc Art. 19"

  @A.2 @A.2.3
  Scenario: A.2.3 No exemption from state duty for victims claiming compensation
    Article 9 of the Law on State Duty, encoded completely, lists no exemption for
    victims of trafficking; the recommendation asks for one by name.
    Then A.2.3 is a gap
    And the reasons for A.2.3 mention "state-duty Art. 9"

  @A.2
  Scenario: A.2 Effective access to compensation
    The Criminal Procedure Code (encoded in part) has no duty to collect evidence of the
    harm or to inform victims of their right to compensation: silence in a partial
    encoding proves nothing. Article 191 gives state compensation, but to persons
    recognised as victims in criminal proceedings, on a court's decision; whether it is
    applied in practice only evidence can show. The one-off payment is known only from
    figures reported for identified victims in 2016 and 2024; the amount in force in 2023
    and the act that sets it are not verified.
    Then the requirements have these statuses:
      | requirement | status         |
      | A.2.1       | undetermined   |
      | A.2.2       | undetermined   |
      | A.2.3       | gap            |
      | A.2.4       | partial        |
      | A.2.5       | undetermined   |
      | A.2.6       | needs evidence |
    And A.2.4 relies on "cpc Art. 191"

  @A.3
  Scenario: A.3 Proactive investigation and prosecution is a matter of practice
    Investigating labour exploitation with labour inspectors is practice too, but the law
    stands in its way: workplace inspections were suspended as a whole until 1 January
    2024, which leaves the inspectors' duty nothing on that day, so A.3.2 is a gap (it
    needed evidence only, before the suspension was shown as its finding).
    Then the requirements have these statuses:
      | requirement | status         |
      | A.3.1       | needs evidence |
      | A.3.2       | gap            |
      | A.3.3       | needs evidence |

  @A.4
  Scenario: A.4 Protection of victims and witnesses, and their privacy
    The item concerns victims and witnesses in trafficking proceedings: the Law on State
    Protection gives protection measures to participants in criminal proceedings whose
    safety is at risk, which serves them. No rule on testimony without facing the accused,
    or on sending judicial acts to an address the victim chooses, was found in the parts of
    the law encoded, and full use of the measures is practice.
    Then A.4.1 is partial
    And A.4.1 relies on "state-protection-law Art. 7"
    And A.4.2 is undetermined

  @A.5 @A.5.1
  Scenario: A.5.1 Workplace inspections were suspended
    The Law on Suspension of Inspections in the Field of Entrepreneurship suspended
    inspections of business entities from 1 November 2015 until 1 January 2024, and the
    labour inspectors' mandate covers registered legal entities and entrepreneurs only
    (both verified from the ILO's supervisory bodies). On 31 March 2023 the suspension
    leaves the inspectors' duty nothing to do: the recommendation asks for inspections to
    be reintroduced, so this is a gap, and the report names the suspension and its end.
    Then A.5.1 is a gap
    And the reasons for A.5.1 mention "suspends"
    And the reasons for A.5.1 mention "until 2024-01-01"
    And the reasons for A.5.1 mention "none of the way"
    And A.5.1 relies on "inspection-moratorium"
    And A.5.1 relies on "labour-inspection-regulations"

  @A.5
  Scenario: A.5 Training, migrant workers, agencies and domestic workers
    Then the requirements have these statuses:
      | requirement | status         |
      | A.5.2       | needs evidence |
      | A.5.3       | needs evidence |
      | A.5.4       | undetermined   |
      | A.5.5       | needs evidence |

  @A.6
  Scenario: A.6 Identification of victims
    In reported practice the police's anti-trafficking department identifies victims on
    the basis of a criminal investigation, which the recommendation asks to end; whether
    the referral rules say so is not verified, so the finding cannot be more than
    undetermined.
    Then the requirements have these statuses:
      | requirement | status         |
      | A.6.1       | undetermined   |
      | A.6.2       | undetermined   |
      | A.6.3       | needs evidence |
      | A.6.4       | needs evidence |
    And the reasons for A.6.1 mention "investigation"

  @A.7
  Scenario: A.7 Child victims
    Then A.7.1 needs evidence
    And A.7.2 is undetermined

  @A.8
  Scenario: A.8 Partnership with civil society
    Since 2022 specialised NGOs sit on the commission that implements the referral
    mechanism: a partnership, but a narrower one than the recommendation asks for. Since
    the 2013-14 amendments a foreign donor needs the state's authorisation before giving a
    grant (reported effect, verified; only the article is not known), a condition that
    stands in the way of funding from foreign donors.
    Then A.8 is partial
    And the reasons for A.8 mention "authorised it in advance"

  Scenario: Parts B, C and D ask for action and reporting, not for legislation
    Then the requirements have these statuses:
      | requirement | status         |
      | B           | needs evidence |
      | C           | needs evidence |
      | D           | needs evidence |

  Scenario: The whole of the recommendation on 31 March 2023
    Then the tally is 0 met, 4 partial, 3 gap, 8 undetermined, 12 needs-evidence
