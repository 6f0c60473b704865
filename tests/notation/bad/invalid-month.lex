# expect: 7:19 E006
# message: '2023-13-01' is not a date
act sd "Law on State Duty"
  jurisdiction az
article 9 complete
  provision 9.1 "Victims."
    in-force from 2023-13-01
