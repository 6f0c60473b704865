# expect: 4:5 E005
# message: act sd has no articles
# message: encode at least one article
act sd "Law on State Duty"
  jurisdiction az
  encoded excerpt
