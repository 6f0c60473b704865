# expect: 6:3 E001
# message: unexpected 'adoptd'
# message: did you mean 'adopted'
act sd "Law on State Duty"
  jurisdiction az
  adoptd 2001-12-04
article 9 complete
