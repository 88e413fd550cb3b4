"""Exceptions the toolkit raises: each names the file, line or document and says what to do."""

from __future__ import annotations


class ToolkitError(Exception):
    """Base class for every error the toolkit raises on purpose."""


class CorpusError(ToolkitError, ValueError):
    """A corpus file, folder or row cannot be read as given."""


class LexiconError(ToolkitError, ValueError):
    """A lexicon file has a bad row."""


class DocumentError(ToolkitError, ValueError):
    """One document cannot be analysed (empty, binary, ...)."""
