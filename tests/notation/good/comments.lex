# A comment before the act.

act c "Comments and blank lines" # a comment after a line
  # an indented comment
  jurisdiction az

  adopted 2001-12-04

article 2 "Two" complete   # trailing comment

  provision 2.1 "A provision \"quoted\" with a backslash \\ in it."


    exempts person from court-fee in court-proceeding
