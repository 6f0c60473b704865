# expect: 6:17 E001
# message: unexpected '"'
act sd "Law on State Duty"
  jurisdiction az
article 9 complete
  provision 9.1 "Victims pay no duty.
