"""The scenarios legal staff wrote (features/*.feature), bound with no step code of our own:
the steps come from the lexcheck plugin (lexcheck.bdd), as in any other repository."""

from pytest_bdd import scenarios

scenarios("../features")
