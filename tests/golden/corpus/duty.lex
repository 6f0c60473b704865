# A made-up law on state duty for the report golden files (not any country's law).
act duty "Law on State Duty (fixture)"
  jurisdiction xx
  encoded excerpt

article 9 "Exemptions" complete
  source "fixture gazette" dated 2001-02-03
  provision 9.1 "Child victims <script>document.title='pwned';window.PWNED=1</script> & \"others\" are exempt."
    source "fixture gazette" dated 2001-02-03
    exempts child-victim-of-trafficking from state-duty in compensation-claim
  provision 9.?2 "Victims of crime claiming for harm to health are exempt."
    unverified "the paragraph number is not verified"
    exempts victim-of-crime from state-duty in health-damage-claim
