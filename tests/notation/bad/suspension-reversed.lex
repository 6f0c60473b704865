# expect: 7:55 E006
# message: a suspension must end after it starts
act lab "Labour Code"
  jurisdiction az
article 20 complete
  provision 20.2 "Moratorium."
    suspends inspect-workplaces from 2024-01-01 until 2024-01-01
