# A keyword written twice: the second is read as the fee.
# expect: 9:45 E001
# message: expected 'in'
# message: hint: 'from' is written twice
act sd "Law on State Duty"
  jurisdiction az
article 9 complete
  provision 9.1 "Victims."
    exempts victim-of-trafficking from from state-duty in compensation-claim
