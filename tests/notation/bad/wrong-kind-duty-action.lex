# A duty binds a party to an action: a party in the action's place is an error pointed at
# that place (the word after "to"), not at the same word where it is the party.
# expect: 9:36 E002
# message: 'victim-of-trafficking' is a party, but this place needs an action
act cpc "Criminal Procedure Code"
  jurisdiction az
article 87 excerpt
  provision 87.7.2 "The victim must testify."
    binds victim-of-trafficking to victim-of-trafficking
