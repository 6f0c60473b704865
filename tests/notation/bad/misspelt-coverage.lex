# expect: 5:24 E001
# message: did you mean 'complete'
act sd "Law on State Duty"
  jurisdiction az
article 9 "Exemptions" compleet
