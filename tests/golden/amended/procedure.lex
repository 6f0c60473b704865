# The fixture procedure code as a (made-up) bill leaves it: Article 10.1 and 10.2 repealed.
act procedure "Code of Procedure (fixture)"
  jurisdiction xx
  adopted 2000-01-01 number "1-F"
  encoded excerpt

article 10 "Legal assistance to victims" complete
  source "fixture gazette" dated 2000-01-01
  provision 10.3 "A witness may have a lawyer."
    grants witness legal-assistance

article 20 "Labour inspection" excerpt
  provision 20.1 "The inspectorate inspects workplaces."
    obliges labour-inspectorate to inspect-workplaces
