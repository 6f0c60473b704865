# expect: 7:57 E002
# message: unknown condition 'cooperation'
act vt "Law on Combating Trafficking"
  jurisdiction az
article 12 complete
  provision 12.1 "Reflection period."
    grants victim-of-trafficking reflection-period when cooperation
