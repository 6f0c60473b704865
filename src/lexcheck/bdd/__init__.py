"""Gherkin for legal staff: a step library for pytest-bdd, shipped as a pytest plugin.

With lexcheck installed with its ``bdd`` extra (from a wheel, a path or a git URL: it is
on no package index), any repository can write ``.feature``
files with the steps of :data:`lexcheck.bdd.steps.GLOSSARY` (see ``docs/steps.md`` or
``lexcheck steps``) and bind them with two lines of Python::

    from pytest_bdd import scenarios
    scenarios("features")

The plugin (:mod:`lexcheck.bdd.plugin`, entry point ``pytest11``) registers the steps,
turns requirement tags such as ``@A.2`` into markers (``pytest -m A.2``), and answers
an unknown step with the closest steps of the glossary.
"""
