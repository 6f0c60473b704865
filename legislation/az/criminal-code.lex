# Criminal Code of the Republic of Azerbaijan — the trafficking offence and related ones.
# Facts: ../shared/legal/FACTS.md §7.

act criminal-code "Criminal Code"
  jurisdiction az
  adopted 1999-12-30 number "787-IQ"
  in-force from 2000-09-01
  encoded excerpt

article 106 "Slavery" excerpt
  provision 106 "Makes slavery a criminal offence."
    source "FACTS.md §7 (listed as a related offence; no source is named for it)"
    unverified "named as related in FACTS.md without a source; not verified against the Code"

article 144-1 "Trafficking in human beings" excerpt
  provision 144-1 "Makes trafficking in human beings a criminal offence, punishable by five to fifteen years' imprisonment."
    source "ILO CEACR, direct request on C029 (2021)"
    source "antislaverylaw.ac.uk, Azerbaijan"

article 144-2 "Forced labour" excerpt
  provision 144-2 "Makes forced labour a criminal offence."
    source "insanalveri.gov.az, news 101"

article 144-3 "An offence the MIA groups with trafficking" excerpt
  unverified "the content of Art. 144-3 is not verified"
  provision 144-3 "An offence the Ministry of Internal Affairs groups with trafficking; its content is not verified."
    source "insanalveri.gov.az, news 101"

article 243 "An offence relating to prostitution" excerpt
  provision 243 "An offence relating to prostitution."
    source "FACTS.md §7 (Arts 243-244 listed as related offences on prostitution and brothels; no source is named for them)"
    unverified "named as related in FACTS.md without a source; the elements of the offence are not verified"

article 244 "An offence relating to brothels" excerpt
  provision 244 "An offence relating to brothels."
    source "FACTS.md §7 (Arts 243-244 listed as related offences on prostitution and brothels; no source is named for them)"
    unverified "named as related in FACTS.md without a source; the elements of the offence are not verified"
