# A keyword where a term belongs is read as a term (terms and keywords share a shape):
# here "in" is taken for the fee, so the error is at the proceeding.
# expect: 11:43 E001
# message: unexpected 'compensation-claim'
# message: expected 'in'
# message: hint: 'in' was read as a term: is the term before it missing?
act sd "Law on State Duty"
  jurisdiction az
article 9 complete
  provision 9.1 "Victims."
    exempts victim-of-trafficking from in compensation-claim
