# Law "On State Protection of Persons Participating in Criminal Proceedings" (1998).
# Facts: ../shared/legal/FACTS.md §9; English texts at legislationline.org (id 7003, 6529).

act state-protection-law "Law on State Protection of Persons Participating in Criminal Proceedings"
  jurisdiction az
  adopted 1998-12-11 number unknown
  source "legislationline.org, id 7003 and 6529"
  source "refworld, IRB response 2007"
  encoded excerpt

article 1 "Scope of the Law" excerpt
  provision 1 "The Law sets the measures that secure and protect victims, witnesses and other persons taking part in criminal proceedings; the security measures apply only where the person's safety cannot be ensured by other means."
    source "legislationline.org, id 7003 and id 6529 (Art. 1)"

article 3 "Persons protected" excerpt
  provision 3 "A protected person is one for whom the competent authority has decided to apply security measures; they may include persons recognised as victims and their representatives, witnesses, and (where pressure is put on them) close relatives."
    source "legislationline.org, id 7003"
    source "refworld, IRB response AZE102436.E (27 Aug 2007)" dated 2007-08-27
    note "The full list is not encoded."

article 7 "Protection measures" excerpt
  provision 7 "Protection measures include personal protection, keeping data confidential, relocation, changing documents or appearance, and closed court hearings."
    source "legislationline.org, id 7003"
    note "No measure of giving evidence by audio-video link is listed in what was read."
    note "The measures are applied by decision of the competent authority where the person's safety is at risk and cannot be ensured otherwise (Arts 1 and 3): they are not available to every participant as of right."
    grants participant-in-criminal-proceedings protection-measures when person-at-risk
