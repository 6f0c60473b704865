act sd "Law on State Duty"
  jurisdiction az
  adopted 2001-12-04 number "223-IIQ"
  encoded excerpt
article 9 "Exemptions" complete
  provision 9.1.?1 "Alimony claimants."
    exempts alimony-claimant from state-duty in alimony-claim
  provision 9.1.?2 "Child victims."
    exempts child-victim-of-trafficking from state-duty in compensation-claim
