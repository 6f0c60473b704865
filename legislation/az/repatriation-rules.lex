# Rules on the repatriation of victims of trafficking (Cabinet of Ministers, 2013).
# Facts: ../shared/legal/FACTS.md §5. Item numbers are not verified (?N).

act repatriation-rules "Rules on the repatriation of victims of trafficking"
  jurisdiction az
  adopted 2013-09-10 number "25"
  source "APA news agency, 20 Sep 2013" dated 2013-09-20
  source "docslib 4409305 (Azerbaijan's report listing its acts)"
  encoded excerpt
  note "Cabinet of Ministers Decision No. 25 of 10 Sep 2013: the number is as Azerbaijan's own report to the Committee of the Parties gives it (docslib 4409305; FACTS.md §15). Amended by Cabinet of Ministers decision No. 133 of 5 May 2014."

article ?1 "Recovery and reflection period" excerpt
  note "item number not verified (written ?N); the content is verified"
  provision ?1 "A foreign or stateless victim has a recovery and reflection period of 30 days."
    source "APA news agency, 20 Sep 2013" dated 2013-09-20
    grants foreign-victim-of-trafficking reflection-period
  provision ?1.?1 "The victim may not be administratively expelled during the reflection period."
    source "APA news agency, 20 Sep 2013" dated 2013-09-20
    prohibits state from expel for foreign-victim-of-trafficking

article ?2 "Temporary residence permit" excerpt
  note "item number not verified (written ?N); the content is verified"
  provision ?2 "After the reflection period, a foreign or stateless victim may obtain, on request, a temporary residence permit for one year."
    source "APA news agency, 20 Sep 2013" dated 2013-09-20
    source "docslib 4409305"
    grants foreign-victim-of-trafficking residence-permit when on-request
