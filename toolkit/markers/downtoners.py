"""Context rules and productive rules for the `downtoners` family (see shared/MARKERS.md)."""

from __future__ import annotations
