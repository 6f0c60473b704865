# Law of the Republic of Azerbaijan "On Combating Trafficking in Human Beings" (2005).
# Facts: ../shared/legal/FACTS.md §1–2. Only Art. 1 was read in full; other articles are
# known from Presidential Decree No. 272 of 4 Aug 2005 (which names them), from the
# MIA's summary of the Law, and from IOM's 2016 needs assessment. Where a rule's article
# number is not verified it is written ?N and a note says so.

act thb-law "Law on Combating Trafficking in Human Beings"
  jurisdiction az
  adopted 2005-06-28 number "958-IIQ"
  source "insanalveri.gov.az, menu 32 (the Law's date, number and summary)"
  source "mia.gov.az, menu 336 (current English text of Art. 1)"
  encoded excerpt
  note "Amended by Law No. 1066-IVQD of 17 Oct 2014 (docslib 4409305). Implemented by Presidential Decree No. 272 of 4 Aug 2005."

article 1 "Definitions" excerpt
  provision 1.0.1 "Defines trafficking in human beings by its action, means and purpose of exploitation; for a child, the means need not be shown, and where a means was used the victim's consent does not matter."
    source "mia.gov.az, menu 336 (current English text)"
    source "legislationline.org, id 6437 (2005 text)"
  provision 1.0.2 "Defines exploitation; it also covers illegal biomedical research, using a woman as a surrogate mother, and involving a person in unlawful or criminal activity."
    source "mia.gov.az, menu 336 (current English text)"

article 7 "National co-ordinator" excerpt
  provision 7.2 "A working group acts under the national co-ordinator (third sentence of 7.2)."
    source "mia.az, news of 17 May 2023 on the working group's rules" dated 2023-05-17
    note "The working group's rules, approved by the Cabinet of Ministers in May 2023 (after GRETA adopted its report), allow specialised NGOs to take part; that later act is not encoded."
  provision 7.5 "The national co-ordinator reports each year on the action taken against trafficking."
    source "insanalveri.gov.az, news 366"
    source "ILO CEACR, direct request on C029 (2021)"

article 12 "Special institutions for victims" excerpt
  provision 12.3 "The Cabinet of Ministers sets the rules of the special institutions (shelters and assistance centres) for victims."
    source "mia.gov.az, menu 337 (Presidential Decree No. 272 of 4 Aug 2005)" dated 2005-08-04

article 15 "Social rehabilitation" excerpt
  provision 15.5 "The Cabinet of Ministers sets the rules on the social rehabilitation of victims."
    source "mia.gov.az, menu 337 (Presidential Decree No. 272 of 4 Aug 2005)" dated 2005-08-04

article 17 "Reintegration" excerpt
  provision 17.2 "Victims receive an allowance during their reintegration; the Cabinet of Ministers sets its amount."
    source "mia.gov.az, menu 337 (Presidential Decree No. 272 of 4 Aug 2005)" dated 2005-08-04
    source "insanalveri.gov.az, menu 32 (summary: a monthly allowance during reintegration)"
    note "The amount is set by the Cabinet of Ministers and is not verified: none is encoded."
    grants victim-of-trafficking monthly-allowance

article 22 "Assistance Fund for victims" excerpt
  provision 22.3 "The Cabinet of Ministers sets the legal basis of the Assistance Fund for victims of trafficking."
    source "mia.gov.az, menu 337 (Presidential Decree No. 272 of 4 Aug 2005)" dated 2005-08-04
    source "IOM needs assessment 2016 (Azerbaijani text, azkurs.org): Arts 22-23 concern the Fund"

article ?1 "Confiscation of the proceeds of trafficking" excerpt
  note "article number not verified (written ?N); the content is verified"
  provision ?1 "Property obtained through trafficking is confiscated by a court and transferred to the Assistance Fund."
    source "insanalveri.gov.az, menu 64"
    obliges court to confiscate-proceeds

article ?2 "Confidentiality of victims' data" excerpt
  note "article numbers not verified (written ?2); the content is verified from the MIA's official summary of the Law"
  provision ?2 "Data by which a victim can be identified are blocked in databases once the prosecuting body or a court so decides; information that would endanger victims is classified."
    source "insanalveri.gov.az, menu 32 (summary of the Law)"
    source "mia.gov.az (MIA summary of the Law): blocking follows a decision of the prosecuting body or the court"
    note "A first encoding made blocking a standing duty of the prosecuting authority; the sources say only that data are blocked once such a decision is taken, so the duty is encoded with that condition and without naming who keeps the databases."
    obliges state to block-victim-data for victim-of-trafficking when blocking-decided
  provision ?2.?1 "Disclosing a victim's private or family data gives rise to liability."
    source "insanalveri.gov.az, menu 32 (summary of the Law)"
    source "mia.gov.az (MIA summary of the Law): disclosure is a crime"
    note "A first encoding addressed the prohibition to the state only; the liability the sources describe is anyone's. The kind of liability and the article that sets it are not verified."
    prohibits anyone from disclose-victim-data for victim-of-trafficking

article ?3 "Services of the special institutions" excerpt
  note "article number not verified (written ?N); the content is verified"
  provision ?3 "Services in the special institutions (shelters and assistance centres) are free of charge for victims."
    source "insanalveri.gov.az, FAQ"
    source "benefisiar.org"
    grants victim-of-trafficking shelter-services free-of-charge

article ?4 "Compensation of damage to victims" excerpt
  note "article number not verified (written ?4; IOM places the Fund in Arts 22-23); the content is verified from IOM's 2016 needs assessment"
  provision ?4 "A victim's damage is made good out of the traffickers' property and, if that falls short, out of the Assistance Fund on a court's decision."
    source "IOM needs assessment 2016 (Azerbaijani text, azkurs.org)"
    note "IOM (2016) found that the Fund lived in practice on donations rather than on confiscated property."
    grants victim-of-trafficking compensation-from-offender when court-decision
    grants victim-of-trafficking state-compensation when court-decision when offender-property-insufficient
