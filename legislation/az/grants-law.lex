# Law on Grants, as amended on 17 Oct 2014. Facts: ../shared/legal/FACTS.md §11.

act grants-law "Law on Grants"
  jurisdiction az
  adopted unknown number unknown
  source "Venice Commission newsletter 2014; CDL-REF(2014)053"
  encoded excerpt
  note "Amended on 17 Oct 2014 together with the NGO Law. The effects below are reported by a secondary source (newscafe.ge); which article of which of the two laws sets each is not verified, nor are the fines."

article ?1 "Registration of grants and foreign donors" excerpt
  note "article numbers not verified (written ?1), nor which of the two laws sets each rule; the effects themselves are verified (FACTS.md §11: newscafe.ge), the amounts of the fines are not"
  provision ?1 "A grant agreement must be registered with the Ministry of Justice, and a foreign donor needs the state's authorisation before giving a grant; failing to register is fined."
    source "newscafe.ge, on the 2013-14 amendments"
    permits ngo to receive-foreign-grants when prior-authorisation when grant-registered
