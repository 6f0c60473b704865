# Words inside a title are not read as the line's keywords: the hint is about the
# misspelt coverage, not about "complete" in the title.
# expect: 8:34 E001
# message: unexpected 'complet'
# message: hint: did you mean 'complete'?
act sd "Law on State Duty"
  jurisdiction az
article 9 "Exemptions, complete" complet
  provision 9.1 "Victims."
