# Regulations of the Assistance Fund for victims of trafficking (Cabinet of Ministers
# Resolution No. 8 of 12 Jan 2006), and the one-off payment to victims.
# Facts: ../shared/legal/FACTS.md §2 and §15. Items 4.1-4.3 (resources) and 5.1 (uses) are
# verified; the one-off payment's item is not (?N). The amounts of
# the one-off payment are known only as observed in a given year; the amount in force
# when GRETA adopted its report (2022-23) and the date of each rise are not verified.

act assistance-fund-rules "Regulations of the Assistance Fund for victims of trafficking"
  jurisdiction az
  adopted 2006-01-12 number "8"
  source "insanalveri.gov.az, menu 43 (Cabinet of Ministers Resolution No. 8 of 12 Jan 2006, under item 1.6 of Presidential Decree No. 272)"
  encoded excerpt

article 4 "Resources of the Fund" excerpt
  note "items 4.1-4.3 list the resources (FACTS.md §15, MIA site); which resource each item names is not verified, so the three are encoded as one provision"
  provision 4 "The Fund's resources (items 4.1-4.3) are property of traffickers confiscated by a court, assets of legal entities dissolved for links with trafficking, and contributions and grants."
    source "insanalveri.gov.az, menu 43"
    note "IOM (2016) found that the Fund lived in practice on donations rather than on confiscated property."

article 5 "Uses of the Fund" excerpt
  note "item 5.1 and its sub-items from 5.1.1 list the uses (FACTS.md §15, MIA site); which use each sub-item names is not verified"
  provision 5.1 "The Fund pays compensation to victims, and finances their social rehabilitation and other costs (5.1.1 onward)."
    source "insanalveri.gov.az, menu 43"
    note "A rule on what the Fund's resources are spent on, not an entitlement of every victim: when a victim is paid from the Fund is set elsewhere (THB Law, article ?4: by a court's decision where the traffickers' property falls short; NRM Rules 3.6)."

article ?3 "One-off payment to victims" excerpt
  unverified "the act and item that set the one-off payment and its amount are not verified: the amounts are figures reported for a given year"
  note "CP/Rec(2023)03 speaks of a one-off payment from the State Assistance Fund. IOM (2016) lists a one-off payment from the state budget as a source of compensation separate from the Fund; whether the two are the same payment is not verified."
  provision ?3 "Each officially identified victim received a one-off payment of 400 manat (reported for 2016)."
    source "US Department of State, Trafficking in Persons report 2017"
    observed 2016
    note "Only officially identified victims received it (US TIP 2017/2018)."
    grants identified-victim-of-trafficking one-off-payment
    amount one-off-payment-amount 400 AZN for identified-victim-of-trafficking
  provision ?3.?1 "Each of 80 victims received a one-off payment of 700 manat in 2024 (ten fewer recipients than in 2023)."
    source "National Co-ordinator's report for 2024, via APA (turkmenistannewsgazette)"
    observed 2024
    note "That the 80 recipients were officially identified victims is our reading of the Co-ordinator's figures (only identified victims received the payment in 2016-17, US TIP 2017/2018)."
    grants identified-victim-of-trafficking one-off-payment
    amount one-off-payment-amount 700 AZN for identified-victim-of-trafficking
