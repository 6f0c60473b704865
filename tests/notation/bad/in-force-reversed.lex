# expect: 7:36 E006
# message: must leave force after it enters it
act sd "Law on State Duty"
  jurisdiction az
article 9 complete
  provision 9.1 "Victims."
    in-force from 2023-01-01 until 2022-01-01
