# expect: 5:11 E006
# message: '2001-02-30' is not a date
act sd "Law on State Duty"
  jurisdiction az
  adopted 2001-02-30 number "223-IIQ"
article 9 complete
