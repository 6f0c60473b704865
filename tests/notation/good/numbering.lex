# The numbering styles of Azerbaijani codes, and numbers that are not verified.
act cpc "Criminal Procedure Code (fixture)"
  jurisdiction az
  adopted unknown number unknown
  encoded excerpt
article 9 "Exemptions" complete
  provision 9.1.15 "An item three levels deep."
  provision 9.1.?1 "An item whose last number is not verified."
    unverified "sub-item number not verified"
article 45 complete
  provision 45.1.9 "Another item."
article 87 excerpt
  provision 87.6.14 "Another item."
article 144-1 "An article inserted after 144" complete
  provision 144-1 "The article's only paragraph."
  provision 144-1.2 "Its second paragraph."
article 12a excerpt
  provision 12a.1 "A lettered article."
article ?3 "An article whose number is not verified" excerpt
  unverified "article number not verified"
  provision ?3.1 "Its paragraph."
