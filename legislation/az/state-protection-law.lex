# Law "On State Protection of Persons Participating in Criminal Proceedings" (1998).
# Facts: ../shared/legal/FACTS.md §9.

act state-protection-law "Law on State Protection of Persons Participating in Criminal Proceedings"
  jurisdiction az
  adopted 1998-12-11 number unknown
  source "legislationline.org, id 7003 and 6529"
  source "refworld, IRB response 2007"
  encoded excerpt

article 3 "Persons protected" excerpt
  provision 3 "Persons who may be protected include victims and their representatives, witnesses, and their relatives."
    source "legislationline.org, id 7003"
    note "The full list is not encoded."

article 7 "Protection measures" excerpt
  provision 7 "Protection measures include personal protection, keeping data confidential, relocation, changing documents or appearance, and closed court hearings."
    source "legislationline.org, id 7003"
    note "No measure of giving evidence by audio-video link is listed in what was read."
    grants participant-in-criminal-proceedings protection-measures
