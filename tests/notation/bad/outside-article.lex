# expect: 8:13 E004
# message: provision 10.1 is numbered outside article 9
# message: number it 9 or 9.<n>
act sd "Law on State Duty"
  jurisdiction az
article 9 complete
  provision 9.1 "Victims."
  provision 10.1 "Misplaced."
