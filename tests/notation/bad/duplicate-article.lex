# expect: 8:9 E003
# message: article 9 appears twice in act sd
# message: the first is at line 6
act sd "Law on State Duty"
  jurisdiction az
article 9 complete
article 10 complete
article 9 excerpt
