# expect: 3:5 E005
# message: act sd does not say its jurisdiction
act sd "Law on State Duty"
  adopted 2001-12-04
article 9 complete
