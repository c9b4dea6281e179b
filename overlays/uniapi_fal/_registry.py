"""The spec's models at run time: endpoint id <-> Input <-> Output, imported on first use."""

from __future__ import annotations

import difflib
import functools
from importlib import import_module
from types import ModuleType
from typing import Any

from uniapi_fal_api import fal_endpoints
from uniapi_fal_api.fal_endpoints import EndpointInfo

from ._exceptions import UnknownEndpointError

__all__ = ["EndpointInfo", "endpoint_info", "endpoint_of_input", "input_class", "output_class"]


def endpoint_info(endpoint_id: str) -> EndpointInfo:
    info = fal_endpoints.ENDPOINTS.get(endpoint_id.strip("/"))
    if info is not None:
        return info
    close = difflib.get_close_matches(endpoint_id, list(fal_endpoints.ENDPOINTS), n=3)
    hint = f" Did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    raise UnknownEndpointError(
        f"{endpoint_id!r} is not a model of the spec.{hint} To add a model, describe it in "
        "openapi/openapi.yaml and run `make generate`; `uniapi_fal.ENDPOINTS` lists those known.",
        endpoint=endpoint_id,
    )


def endpoint_of_input(value: object) -> EndpointInfo | None:
    """The endpoint whose Input model `value` is an instance of, if any."""
    cls = type(value)
    endpoint = fal_endpoints.ENDPOINT_BY_INPUT.get(cls.__name__)
    if endpoint is None:
        return None
    info = fal_endpoints.ENDPOINTS[endpoint]
    return info if cls.__module__ == info.input_module else None


@functools.cache
def _module(name: str) -> ModuleType:
    return import_module(name)


def input_class(info: EndpointInfo) -> Any:
    return getattr(_module(info.input_module), info.input_class)


def output_class(info: EndpointInfo) -> Any:
    return getattr(_module(info.output_module), info.output_class)


def operation(info: EndpointInfo) -> ModuleType:
    return _module(info.operation_module)
