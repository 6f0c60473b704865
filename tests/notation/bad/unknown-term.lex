# expect: 8:13 E002
# message: unknown party 'victim-of-trafficing'
# message: did you mean 'victim-of-trafficking'
act sd "Law on State Duty"
  jurisdiction az
article 9 complete
  provision 9.1 "Victims."
    exempts victim-of-trafficing from state-duty in compensation-claim
