# expect: 7:13 E002
# message: 'state-duty' is a fee, but this place needs a party
act sd "Law on State Duty"
  jurisdiction az
article 9 complete
  provision 9.1 "Victims."
    exempts state-duty from state-duty in compensation-claim
