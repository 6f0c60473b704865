# A made-up procedure code for the report golden files (not any country's law).
act procedure "Code of Procedure (fixture)"
  jurisdiction xx
  adopted 2000-01-01 number "1-F"
  encoded excerpt

article 10 "Legal assistance to victims" complete
  source "fixture gazette" dated 2000-01-01
  provision 10.1 "A victim of trafficking may have a lawyer from the moment there are reasonable grounds."
    grants victim-of-trafficking legal-assistance from reasonable-grounds
  provision 10.2 "A state-paid lawyer for those without means, if they co-operate with the police."
    grants victim-of-trafficking state-funded-lawyer from reasonable-grounds free-of-charge when co-operation-with-authorities

article 20 "Labour inspection" excerpt
  provision 20.1 "The inspectorate inspects workplaces."
    obliges labour-inspectorate to inspect-workplaces
