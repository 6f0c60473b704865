# expect: 8:5 E001
# message: unexpected 'exempt'
# message: did you mean 'exempts'
act sd "Law on State Duty"
  jurisdiction az
article 9 complete
  provision 9.1 "Victims."
    exempt victim-of-trafficking from state-duty in compensation-claim
