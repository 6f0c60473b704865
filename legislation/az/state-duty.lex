# Law of the Republic of Azerbaijan "On State Duty" — what the duty applies to in court
# (Art. 2.0.1), the court-duty rates (Art. 8) and the exemptions in court (Art. 9).
# Facts: ../shared/legal/FACTS.md §4. Sub-item numbers of Art. 9 are not verified except
# 9.1.14: they are written 9.1.?N and a note says so (the order of ?N is ours, not the
# law's; ?14 is skipped so that it is not mistaken for the verified 9.1.14).

act state-duty "Law on State Duty"
  jurisdiction az
  adopted 2001-12-04 number "223-IIQ"
  source "cis-legislation.com, document rgn=2590 (English text as amended 22 Oct 2024)"
  encoded excerpt
  note "Amendments debated in the Milli Majlis in June 2021 gave Art. 8 new wording and narrowed the exemptions of Art. 9 (meclis.gov.az news 318); the Art. 9 list below is the list published in May 2021, so some categories may have been removed since."
  note "No current-to date is given: Art. 2.0.1 was read in the text as amended 22 Oct 2024, but Art. 9 rests on lists of May 2021 or undated, so the encoding as a whole is not current to any one date."

article 2 "Cases in which state duty is charged" excerpt
  provision 2.0.1 "State duty is charged on claims and other filings made to the courts."
    source "cis-legislation.com, document rgn=2590" dated 2024-10-22
    source "courts.gov.az, State duties page (extract of the Law)"
    note "The notation has no clause kind for 'a fee is charged on X'; the charge is stated here in the summary only."

article 8 "Rates of state duty in court" excerpt
  provision 8 "Sets the rates of state duty in court."
    source "cis-legislation.com, document rgn=2590" dated 2024-10-22
    source "meclis.gov.az news 318 (amendments rewriting Art. 8, debated in June 2021)"
    note "The amounts in force in 2023 are not verified: none is encoded."

article 9 "Exemptions from state duty in court" complete
  note "Encoded as complete from the lists of exempt categories published by sadehuquq.org (undated) and by the State Tax Service (metbuat.az 1406765, May 2021). No category for victims of trafficking appears in either list."
  note "What the completeness rests on: the lists predate the June 2021 amendments, which narrowed Art. 9 (meclis.gov.az news 318), so a listed category may since have gone; no later list was found. That Art. 9 has no exemption for victims of trafficking is confirmed as of June 2023 by CP/Rec(2023)03 itself, which asks for Art. 9 to be amended to provide one."
  provision 9.1.?1 "Claimants in claims for pay and other claims arising from employment are exempt."
    source "sadehuquq.org, list of exemptions under Art. 9"
    source "metbuat.az 1406765 (State Tax Service, May 2021)"
    note "sub-item number not verified (written ?N); the exemption itself is in the lists seen"
    exempts claimant from state-duty in employment-claim
  provision 9.1.?2 "Claimants for alimony are exempt."
    source "sadehuquq.org, list of exemptions under Art. 9"
    source "metbuat.az 1406765 (State Tax Service, May 2021)"
    note "sub-item number not verified (written ?N); the exemption itself is in the lists seen"
    exempts alimony-claimant from state-duty in alimony-claim
  provision 9.1.?3 "Claimants for damage caused by disability, other injury to health or the death of a breadwinner are exempt."
    source "sadehuquq.org, list of exemptions under Art. 9"
    source "metbuat.az 1406765 (State Tax Service, May 2021)"
    note "sub-item number not verified (written ?N); the exemption itself is in the lists seen"
    note "The exemption is defined by the type of claim, not by who the claimant is. Whether it would cover part of a trafficking victim's compensation claim (the part for injury to health) is our inference only and is not verified; it is therefore not encoded as a clause about victims of trafficking."
    exempts claimant from state-duty in health-damage-claim
  provision 9.1.?4 "Authors and holders of intellectual property rights are exempt in claims on those rights."
    source "sadehuquq.org, list of exemptions under Art. 9"
    source "metbuat.az 1406765 (State Tax Service, May 2021)"
    note "sub-item number not verified (written ?N); the exemption itself is in the lists seen"
    exempts author from state-duty in ip-claim
  provision 9.1.?5 "Consumers are exempt in claims defending consumer rights."
    source "sadehuquq.org, list of exemptions under Art. 9"
    source "metbuat.az 1406765 (State Tax Service, May 2021)"
    note "sub-item number not verified (written ?N); the exemption itself is in the lists seen"
    exempts consumer from state-duty in consumer-claim
  provision 9.1.?6 "Social-insurance and social-protection bodies are exempt."
    source "sadehuquq.org, list of exemptions under Art. 9"
    source "metbuat.az 1406765 (State Tax Service, May 2021)"
    note "sub-item number not verified (written ?N); the exemption itself is in the lists seen"
    exempts social-protection-body from state-duty in court-proceeding
  provision 9.1.?7 "Parties in administrative-law cases are exempt."
    source "sadehuquq.org, list of exemptions under Art. 9"
    source "metbuat.az 1406765 (State Tax Service, May 2021)"
    note "sub-item number not verified (written ?N); the exemption itself is in the lists seen"
    exempts person from state-duty in administrative-proceeding
  provision 9.1.?8 "Applicants for restoring the record of lost court proceedings are exempt."
    source "sadehuquq.org, list of exemptions under Art. 9"
    source "metbuat.az 1406765 (State Tax Service, May 2021)"
    note "sub-item number not verified (written ?N); the exemption itself is in the lists seen"
    exempts claimant from state-duty in restoration-of-lost-proceedings
  provision 9.1.?9 "Claimants for damage caused by unlawful acts of the bodies of inquiry, investigation, prosecution or the courts are exempt."
    source "sadehuquq.org, list of exemptions under Art. 9"
    source "metbuat.az 1406765 (State Tax Service, May 2021)"
    note "sub-item number not verified (written ?N); the exemption itself is in the lists seen"
    exempts claimant from state-duty in state-liability-claim
  provision 9.1.?10 "Minors are exempt in claims defending their own rights."
    source "sadehuquq.org, list of exemptions under Art. 9"
    source "metbuat.az 1406765 (State Tax Service, May 2021)"
    note "sub-item number not verified (written ?N); the exemption itself is in the lists seen"
    note "A child victim of trafficking who sues to defend their rights may fall under this exemption; the vocabulary does not declare that overlap (see legislation/az/README.md), because the wording of the sub-item is known only from secondary lists."
    exempts minor-claimant from state-duty in court-proceeding
  provision 9.1.?11 "Families of persons who died defending the country are exempt."
    source "sadehuquq.org, list of exemptions under Art. 9"
    source "metbuat.az 1406765 (State Tax Service, May 2021)"
    note "sub-item number not verified (written ?N); the exemption itself is in the lists seen"
    exempts family-of-martyr from state-duty in court-proceeding
  provision 9.1.?12 "War veterans are exempt."
    source "sadehuquq.org, list of exemptions under Art. 9"
    source "metbuat.az 1406765 (State Tax Service, May 2021)"
    note "sub-item number not verified (written ?N); the exemption itself is in the lists seen"
    exempts war-veteran from state-duty in court-proceeding
  provision 9.1.?13 "Refugees and internally displaced persons are exempt."
    source "sadehuquq.org, list of exemptions under Art. 9"
    source "metbuat.az 1406765 (State Tax Service, May 2021)"
    note "sub-item number not verified (written ?N); the exemption itself is in the lists seen"
    exempts refugee-or-idp from state-duty in court-proceeding
  provision 9.1.?15 "Persons affected by the Chernobyl disaster are exempt."
    source "sadehuquq.org, list of exemptions under Art. 9"
    source "metbuat.az 1406765 (State Tax Service, May 2021)"
    note "sub-item number not verified (written ?N); the exemption itself is in the lists seen"
    exempts chernobyl-victim from state-duty in court-proceeding
  provision 9.1.14 "Bodies financed from the state budget, and municipalities, are exempt."
    source "meclis.gov.az news 318 (amendments debated in June 2021)"
    exempts state-funded-body from state-duty in court-proceeding
