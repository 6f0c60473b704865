# Programme for the rehabilitation and reintegration of child victims of trafficking
# (Cabinet of Ministers, 2014). Facts: ../shared/legal/FACTS.md §10. Only its existence
# and subject are verified; its text was not read.

act child-victims-programme "Programme for the rehabilitation and reintegration of child victims of trafficking"
  jurisdiction az
  adopted 2014-02-06 number "37"
  source "docslib 4409305 (Azerbaijan's report listing its acts): Cabinet of Ministers Decision No. 37 of 6 Feb 2014"
  encoded excerpt
  note "Searched by A.7.2 because a rule on returning child victims to their families would belong here; its items were not read, so silence here proves nothing."

article ?1 "Subject of the programme" excerpt
  note "item numbers and wording not verified (written ?1)"
  provision ?1 "Sets a programme for the rehabilitation and reintegration of child victims of trafficking."
    source "docslib 4409305"
