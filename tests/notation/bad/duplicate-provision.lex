# expect: 9:13 E003
# message: provision 9.1 appears twice in article 9
# message: the first is at line 8
act sd "Law on State Duty"
  jurisdiction az
article 9 complete
  provision 9.2 "Alimony."
  provision 9.1 "Victims."
  provision 9.1 "Victims again."
