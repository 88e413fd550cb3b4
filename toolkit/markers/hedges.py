"""Context rules and productive rules for the `hedges` family (see shared/MARKERS.md)."""

from __future__ import annotations
