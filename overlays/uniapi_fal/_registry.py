"""The spec's models at run time: endpoint id <-> Input <-> Output, imported on first use.

An endpoint id the spec does not know still runs: `resolve` gives it an untyped
`EndpointInfo` (empty module names), sent as given and answered with a plain dict.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from importlib import import_module
from types import ModuleType
from typing import Any

from uniapi_fal_api import fal_endpoints
from uniapi_fal_api.fal_endpoints import EndpointInfo

from ._exceptions import ConfigurationError, UnknownEndpointError

__all__ = [
    "EndpointInfo",
    "endpoint_info",
    "endpoint_of_input",
    "input_class",
    "is_typed",
    "known",
    "output_class",
    "parse_output",
    "resolve",
]

# Segments of an endpoint id: what fal's ids use (`fal-ai/kling-video/v2.1/pro`), nothing
# that could climb out of the path (`..`) or start a query.
_SEGMENT = re.compile(r"[A-Za-z0-9_][A-Za-z0-9._-]*")


def known(endpoint_id: str) -> EndpointInfo | None:
    """The spec's entry for `endpoint_id`, if it has one (one small file read, not all)."""
    return fal_endpoints.lookup(endpoint_id.strip("/"))


def not_in_spec_hint(endpoint_id: str) -> str:
    """What to say of an endpoint id the spec does not know: the close ones, if any."""
    import difflib  # only for this message: not paid by `import uniapi_fal`

    close = difflib.get_close_matches(endpoint_id, list(fal_endpoints.ENDPOINTS), n=3)
    if close:
        return f"Did you mean {', '.join(repr(c) for c in close)}?"
    return "`uniapi_fal.ENDPOINTS` (or `uniapi-fal models WORD`) lists the models the spec knows."


def endpoint_info(endpoint_id: str) -> EndpointInfo:
    """The spec's entry for a model that must be typed (its schema, its Output class)."""
    found = known(endpoint_id)
    if found is not None:
        return found
    raise UnknownEndpointError(
        f"{endpoint_id!r} is not one of the models this version of uniapi-fal types. "
        f"{not_in_spec_hint(endpoint_id)} It runs untyped all the same: "
        f"client.run({endpoint_id!r}, {{...}}) checks the input against fal's own document "
        "for it and returns the result as a dict (a webhook's event.payload is that dict). "
        "A newer uniapi-fal may type it; docs/adding-a-model.md says how to add it to a "
        "checkout of the SDK's source.",
        endpoint=endpoint_id,
    )


def resolve(endpoint_id: str) -> EndpointInfo:
    """The spec's entry, or an untyped one for an endpoint the spec does not know."""
    found = known(endpoint_id)
    if found is not None:
        return found
    endpoint = endpoint_id.strip("/")
    segments = endpoint.split("/")
    least = 3 if segments[0] == "workflows" else 2
    if len(segments) < least or not all(_SEGMENT.fullmatch(s) and s != ".." for s in segments):
        raise ConfigurationError(
            f"{endpoint_id!r} is not an endpoint id: expected owner/app[/path...] such as "
            "'fal-ai/flux/dev' (or workflows/owner/name), letters, digits, '.', '_' and '-' only"
        )
    return EndpointInfo(endpoint, "", "", "", "", "", "", "")


def is_typed(info: EndpointInfo) -> bool:
    """Whether the spec describes this endpoint (Input validated, Output typed)."""
    return bool(info.input_schema)


def endpoint_of_input(value: object) -> EndpointInfo | None:
    """The endpoint whose Input model `value` is (an instance of, or the class itself)."""
    cls = value if isinstance(value, type) else type(value)
    endpoint = getattr(cls, "__fal_endpoint__", None)  # each generated Input names its own
    info = fal_endpoints.lookup(endpoint) if isinstance(endpoint, str) and endpoint else None
    if info is None or (cls.__module__, cls.__name__) != (info.input_module, info.input_class):
        return None
    return info


@functools.cache
def _module(name: str) -> ModuleType:
    return import_module(name)


def input_class(info: EndpointInfo) -> Any:
    return getattr(_module(info.input_module), info.input_class)


def output_class(info: EndpointInfo) -> Any:
    return getattr(_module(info.output_module), info.output_class)


def parse_output(info: EndpointInfo, data: object) -> Any:
    """A result as the endpoint's Output model (a required field fal left out holds
    `MISSING`: `_missing`); a plain dict for an endpoint the spec does not know. Raises
    KeyError, TypeError or ValueError on a body that does not fit."""
    if not isinstance(data, Mapping):
        raise TypeError("not an object")
    if not is_typed(info):
        return dict(data)
    from ._missing import tolerant_from_dict

    return tolerant_from_dict(output_class(info), data)
