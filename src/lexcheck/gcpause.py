"""Pausing Python's cyclic garbage collector while a corpus is loaded or checked.

Building a model allocates hundreds of thousands of small, acyclic objects; each
allocation burst triggers collections that walk every live object (the whole corpus
loaded so far), which made loading and checking grow faster than the corpus.
Reference counting still frees everything; the collector resumes (if it was on)
afterwards. Nesting is harmless: an inner pause leaves the collector as it found it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
