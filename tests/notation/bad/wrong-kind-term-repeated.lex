# A word used twice on a clause line: the error points at the place that is wrong
# (the fee), not at the first time the word appears (the party, which is right).
# expect: 9:40 E002
# message: 'victim-of-trafficking' is a party, but this place needs a fee
act sd "Law on State Duty"
  jurisdiction az
article 9 complete
  provision 9.1 "Victims."
    exempts victim-of-trafficking from victim-of-trafficking in compensation-claim
