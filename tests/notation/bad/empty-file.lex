# expect: 1:1 E005
# message: the file is empty

# only comments and blank lines
