"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (PEP 562): `model_index/<shard>.json`, a shard by
`crc32(name) % 64`, names the module that holds it, so a first use reads one small file
and importing this package costs the same with six models or 1,500. Type checkers read
each model's own module (`models.flux_dev_input`) or `all_models.pyi`, which declares
them all; this package has no stub, so importing one module never makes them read every
model. (Template: scripts/templates/models_init.py.jinja; the index is written by
scripts/generate.py, whose SHARDS this number must equal.)
"""

import json
import zlib
from importlib import import_module
from typing import Any

_SHARDS = 64
_read: dict[int, dict[str, str]] = {}


def _index(number: int) -> dict[str, str]:
    """class name -> module (relative to this package) of one shard."""
    found = _read.get(number)
    if found is None:
        from importlib import resources

        folder = resources.files(__name__.rpartition(".")[0]).joinpath("model_index")
        found = json.loads(folder.joinpath(f"{number:02d}.json").read_text("utf-8"))
        _read[number] = found
    return found


def __getattr__(name: str) -> Any:
    if name == "__all__":
        return tuple(sorted(n for number in range(_SHARDS) for n in _index(number)))
    module = _index(zlib.crc32(name.encode()) % _SHARDS).get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__getattr__("__all__"))
