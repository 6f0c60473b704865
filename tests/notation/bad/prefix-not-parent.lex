# expect: 6:13 E004
# message: provision 91.1 is numbered outside article 9
act sd "Law on State Duty"
  jurisdiction az
article 9 complete
  provision 91.1 "Looks like 9 but is 91."
