"""Context rules and productive rules for the `denial` family (see shared/MARKERS.md)."""

from __future__ import annotations
