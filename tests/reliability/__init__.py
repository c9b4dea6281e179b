"""The reliability suite (`make test-reliability`): faults, crashes and fuzzing.

Each test adds its one line of figures to FIGURES; conftest prints them after the run.
"""

from __future__ import annotations

FIGURES: list[str] = []
