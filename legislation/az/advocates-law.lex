# Law "On Advocates and Advocacy Activity". Facts: ../shared/legal/FACTS.md §9.
# Known only from a secondary source: the law's date, number and the scope of Art. 20
# are not verified.

act advocates-law "Law on Advocates and Advocacy Activity"
  jurisdiction az
  adopted unknown number unknown
  encoded excerpt
  note "Adopted around 1999-2000 (not verified). Under Constitution Art. 61 everyone may have qualified legal help, paid by the state in the cases the law sets. From 1 Jan 2018 representation in civil and administrative courts is reserved to Bar members and close relatives, and criminal defence to Bar members (ipd-az.org). A Presidential decree of Feb 2018 tripled the state fee for legal aid to people on low incomes (today.az, 4 Oct 2019). No separate Law on Legal Aid was found."

article 20 "Legal aid paid by the state" excerpt
  unverified "secondary source only; which persons and which proceedings Art. 20 covers is not verified"
  provision 20 "The state pays the lawyer's fee for people who lack the means to pay."
    source "archyworldys.com (2023), secondary"
    grants person legal-assistance free-of-charge when lacks-means
