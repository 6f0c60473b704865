# expect: 4:4 E001
# message: unexpected end of line
# message: expected an act id such as state-duty
act
