# The party is left out, so "from" is read as the party; the hint says so.
# expect: 10:18 E001
# message: unexpected 'state-duty'
# message: expected 'from'
# message: hint: 'from' was read as a term: is the term before it missing?
act sd "Law on State Duty"
  jurisdiction az
article 9 complete
  provision 9.1 "Victims."
    exempts from state-duty in compensation-claim
