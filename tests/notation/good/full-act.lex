# Every field of an act, an article and a provision, and every kind of clause.
act vt "Law on Combating Trafficking (fixture)"
  jurisdiction az
  adopted 2005-06-28 number "958-IIQ"
  source "official gazette (fixture)" dated 2005-07-01
  current-to 2024-10-22
  in-force from 2005-07-01
  encoded excerpt
  unverified "fixture: not a real text"
  note "a fixture for the notation tests"

article 1 "Definitions" complete
  source "article 1 as published (fixture)"
  note "definitions used below"
  provision 1.1 "A victim of trafficking includes a child victim."
    defines victim-of-trafficking includes child-victim-of-trafficking excludes migrant-worker

article 12 excerpt
  unverified
  in-force from 2010-01-01 until 2030-01-01
  provision 12.1 "Victims pay no duty on compensation claims."
    source "sadehuquq.org (fixture)" dated 2024-01-05
    unverified "sub-item not verified"
    note "first note"
    note "second note"
    in-force from 2012-03-04
    exempts victim-of-trafficking from state-duty in compensation-claim when lacks-means unless testimony-in-court
  provision 12.2 "A lawyer from reasonable grounds, free of charge."
    observed 2022-05
    grants victim-of-trafficking legal-assistance from reasonable-grounds free-of-charge
    grants child-victim-of-trafficking residence-permit
  provision 12.3 "The inspectorate inspects workplaces for victims."
    obliges labour-inspectorate to inspect-workplaces for victim-of-trafficking when co-operation-with-authorities
    obliges police to identify-victims
  provision 12.4 "Victims may work; the police may not expel them."
    permits victim-of-trafficking to take-up-employment
    prohibits police from expel for victim-of-trafficking
    prohibits state from expel
    binds victim-of-trafficking to testify unless testimony-in-court
  provision 12.5 "A moratorium, and a payment."
    suspends inspect-workplaces from 2015-11-01 until 2024-01-01
    suspends expel until 2025-01-01 unless lacks-means
    suspends identify-victims
    amount one-off-payment-amount 500 AZN for victim-of-trafficking
    amount one-off-payment-amount 12.50 EUR
