# Migration Code of the Republic of Azerbaijan — residence and work of foreign and
# stateless victims of trafficking. Facts: ../shared/legal/FACTS.md §5.
# The sub-items on victims, and the date of the amendment GRETA welcomed, are not
# verified: they are written 45.1.?1 and 64.0.?1 and marked unverified.

act migration-code "Migration Code"
  jurisdiction az
  adopted 2013-07-02 number "713-IVQ"
  source "e-qanun.az, framework 32546 (Law approving the Code; Presidential Decree No. 938 of 8 Jul 2013)"
  encoded excerpt
  note "CP/Rec(2023)03 welcomes changes to the Code that make clearer on what terms victims who are foreign nationals or stateless may remain and be employed in the country; the date and numbers of those changes are not verified."

article 45 "Grounds for a temporary residence permit" excerpt
  note "Sub-items were numbered 45.0.x and later 45.1.x (legalacts.az news 11502 on a 2020 amendment to 45.1.9)."
  provision 45.1.?1 "Foreign and stateless victims of trafficking are among the persons who may obtain a temporary residence permit."
    source "CP/Rec(2023)03 (preamble: amendments to the Migration Code welcomed)" dated 2023-06-16
    source "legalacts.az, news 5189 and 11502"
    unverified "sub-item number and wording not verified; the recommendation confirms only that the Code was amended on victims' stay"
    grants foreign-victim-of-trafficking residence-permit

article 64 "Persons who need no work permit" excerpt
  provision 64.0.?1 "Foreign and stateless victims of trafficking are among the persons who may work without a work permit."
    source "CP/Rec(2023)03 (preamble: amendments to the Migration Code welcomed)" dated 2023-06-16
    source "legalacts.az, news 5189"
    unverified "sub-item number and wording not verified; the recommendation confirms only that the Code was amended on victims' work"
    grants foreign-victim-of-trafficking right-to-work
