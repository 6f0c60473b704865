# The party of an obligation comes after "for"; the actor named twice is right the
# first time. Also: "an actor", not "a actor".
# expect: 9:44 E002
# message: 'police' is an actor, but this place needs a party
act lx "A law"
  jurisdiction az
article 9 complete
  provision 9.1 "The police identify victims."
    obliges police to identify-victims for police
