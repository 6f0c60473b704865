"""``python -m lexcheck``: the command line, as the ``lexcheck`` script runs it."""

from lexcheck.cli import main

if __name__ == "__main__":
    main()
