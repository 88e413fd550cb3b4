"""Context rules and productive rules for the `boosters` family (see shared/MARKERS.md)."""

from __future__ import annotations
