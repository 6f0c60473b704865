# Law "On Employment" (2018). Facts: ../shared/legal/FACTS.md §8.
# Whether and where it regulates private recruitment or temporary-work agencies is not
# verified: one article is kept as an empty excerpt so that the checker knows the search
# there is not conclusive.

act employment-law "Law on Employment"
  jurisdiction az
  adopted 2018-06-29 number "1196-VQ"
  source "cis-legislation.com, document rgn=112467 (text as amended 17 Feb 2023)"
  current-to 2023-02-17
  encoded excerpt

article ?1 "Private employment agencies" excerpt
  unverified "whether the Law regulates private recruitment or temporary-work agencies, and in which article, is not verified"
  note "Nothing is encoded: the rules on agencies and on migrant domestic or seconded workers are not known."
