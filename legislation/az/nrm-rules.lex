# Rules on the National Referral Mechanism for victims of trafficking (Cabinet of
# Ministers), with their 2022 amendment. Facts: ../shared/legal/FACTS.md §6.
# Item numbers are verified only for 3.6-3.7 of the older text; others are ?N.

act nrm-rules "Rules on the National Referral Mechanism for victims of trafficking"
  jurisdiction az
  adopted 2009-08-11 number "123"
  source "docslib 4409305 (Azerbaijan's report listing its acts)"
  source "e-qanun.az (the framework numbers of the decisions are not confirmed)"
  encoded excerpt
  note "Cabinet of Ministers decision No. 123 of 11 Aug 2009; amended in 2015 (No. 246 of 25 Jun 2015), 2016, 2020, and by decision No. 174 of 26 Apr 2022 (in force 29 Apr 2022), which implements item 4.1.9 of the National Action Plan 2020-2024."
  note "FACTS.md gives e-qanun framework 49531 both for this amendment and for the National Action Plan 2020-2024 (Presidential Order No. 2173 of 22 Jul 2020), and 18248 both for these Rules and for the 2009-13 Action Plan: the decisions are cited here by number and date only, until a framework number is confirmed."
  note "The separate Rules on indicators of trafficking (decision No. 131 of 3 Sep 2009) are not encoded."

article 3 "Assistance and compensation" excerpt
  provision 3.6 "Where the Assistance Fund pays compensation, the payment is not made to depend on the victim's co-operation with law enforcement (3.6-3.7 of the text seen in 2016)."
    source "IOM needs assessment 2016 (Azerbaijani text, azkurs.org)"
    observed 2016
    note "The source says only that Fund compensation is not conditional on co-operation; it does not say that every victim is entitled to it (under the THB Law the Fund pays by a court's decision where the traffickers' property falls short). No entitlement is encoded here: the notation cannot state the absence of a condition on its own."

article ?1 "Official identification of victims" excerpt
  unverified "item number and wording not verified: that the MIA's anti-trafficking department identifies victims on the basis of a criminal investigation is reported practice (US TIP reports 2018-2022; Azerbaijan's report CP(2019)01)"
  provision ?1 "The Ministry of Internal Affairs' anti-trafficking department grants official victim status, relying on an investigation of the case."
    source "US Department of State, Trafficking in Persons reports 2018-2022"
    source "Azerbaijan's compliance report CP(2019)01" dated 2019-11-09
    note "Since 2021-22 the State Migration Service is also an identifying body (US TIP 2022)."
    obliges anti-trafficking-department to identify-victims for presumed-victim-of-trafficking when criminal-investigation-opened

article ?2 "Inter-agency Commission implementing the mechanism" excerpt
  note "item number and exact text of the 2022 amendment not verified (written ?2); that it puts specialised NGOs on the Inter-agency Commission is verified (CP/Rec(2023)03 preamble; US TIP 2023)"
  provision ?2 "Specialised NGOs are members of the Inter-agency Commission that implements the referral mechanism."
    source "CP/Rec(2023)03 (preamble: amendment to the NRM Rules welcomed)" dated 2023-06-16
    source "US Department of State, Trafficking in Persons report 2023"
    source "Cabinet of Ministers decision No. 174 of 26 Apr 2022, in force 29 Apr 2022 (docslib 4409305; the e-qanun framework number is not confirmed)" dated 2022-04-26
    in-force from 2022-04-29
    permits ngo to take-part-in-referral-mechanism
