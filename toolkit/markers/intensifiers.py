"""Context rules and productive rules for the `intensifiers` family (see shared/MARKERS.md)."""

from __future__ import annotations
