# A term used twice in a row is no keyword written twice: the hint is about the
# misspelt keyword after it.
# expect: 10:46 E001
# message: unexpected 'form'
# message: hint: did you mean 'from'?
act lx "A law"
  jurisdiction az
article 9 complete
  provision 9.1 "Victims get a lawyer."
    grants legal-assistance legal-assistance form reasonable-grounds
