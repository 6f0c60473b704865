# The party is left out and the keyword is written twice, so the text parses with
# "from" as the party; the vocabulary check then names the keyword, not an unknown party.
# expect: 10:13 E002
# message: 'from' is a keyword of the notation, read here as the party
# message: hint: is the party missing before 'from'? A keyword cannot be a term
act sd "Law on State Duty"
  jurisdiction az
article 9 complete
  provision 9.1 "Victims."
    exempts from from state-duty in compensation-claim
