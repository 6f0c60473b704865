# expect: 7:14 E006
# message: '2022-02-30' is not a year or a date
act sd "Law on State Duty"
  jurisdiction az
article 9 complete
  provision 9.1 "Victims."
    observed 2022-02-30
