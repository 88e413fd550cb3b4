"""Context rules and productive rules for the `evaluation` family (see shared/MARKERS.md)."""

from __future__ import annotations
