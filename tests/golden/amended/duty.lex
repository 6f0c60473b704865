# The fixture law on state duty as a (made-up) bill leaves it: 9.1 widened, 9.3 inserted.
act duty "Law on State Duty (fixture)"
  jurisdiction xx
  encoded excerpt

article 9 "Exemptions" complete
  source "fixture gazette" dated 2001-02-03
  provision 9.1 "Victims <script>document.title='pwned';window.PWNED=1</script> & \"others\" are exempt."
    source "fixture bill" dated 2024-05-06
    exempts victim-of-trafficking from state-duty in compensation-claim
  provision 9.?2 "Victims of crime claiming for harm to health are exempt."
    unverified "the paragraph number is not verified"
    exempts victim-of-crime from state-duty in health-damage-claim
  provision 9.3 "Child victims are exempt in employment claims."
    source "fixture bill" dated 2024-05-06
    exempts child-victim-of-trafficking from state-duty in employment-claim
