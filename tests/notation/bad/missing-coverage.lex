# expect: 6:23 E001
# message: unexpected end of line
# message: expected 'complete' or 'excerpt'
act sd "Law on State Duty"
  jurisdiction az
article 9 "Exemptions"
  provision 9.1 "Victims."
