"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (PEP 562) through `_index`, so importing this package
costs the same with six models or six hundred. Type checkers read each model's own
module (`models.flux_dev_input`) or `all_models.pyi`, which declares them all; this
package has no stub, so importing one module never makes them read every model. (Template: scripts/templates/models_init.py.jinja; the rest is written by
scripts/generate.py.)
"""

from importlib import import_module
from typing import Any


def __getattr__(name: str) -> Any:
    from ._index import ALL, MODULE_OF

    if name == "__all__":
        return ALL
    module = MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    from ._index import ALL

    return sorted(ALL)
