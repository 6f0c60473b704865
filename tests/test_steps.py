"""The step library on invented data (tests/bdd_fixtures): each step passes and fails as it should."""

from pytest_bdd import scenarios

scenarios("bdd_fixtures/demo.feature")
scenarios("bdd_fixtures/bills.feature")
