# expect: 8:39 E001
# message: unexpected end of line
# message: expected a term such as victim-of-trafficking
act sd "Law on State Duty"
  jurisdiction az
article 9 complete
  provision 9.1 "Victims."
    exempts victim-of-trafficking from
