# expect: 6:13 E001
# message: expected a number such as 9.1.14
act sd "Law on State Duty"
  jurisdiction az
article 9 complete
  provision nine "Victims."
