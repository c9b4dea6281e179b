"""uniapi-fal: a typed SDK for fal.ai's queue models, through UniAPI or fal directly.

```python
from uniapi_fal import Client
from uniapi_fal.models import FluxDevInput

out = Client().run(FluxDevInput(prompt="a lighthouse at dawn"))  # FluxDevOutput
```
"""

import typing as _typing

from uniapi_fal_api.fal_endpoints import EndpointInfo

from ._client import Client
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    DownloadError,
    EventLoopError,
    FalError,
    FieldError,
    InputValidationError,
    JobCancelledError,
    JobError,
    JobFailedError,
    JournalError,
    MissingAPIKeyError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RealtimeError,
    ResponseParseError,
    ResponseTooLargeError,
    ServerError,
    SubmitUncertainError,
    UnknownEndpointError,
    UnprocessableEntityError,
    UploadError,
    ValidationItem,
    WaitTimeoutError,
)
from ._hosts import Hosts
from ._http import parse_retry_after
from ._job import AsyncJob, Job
from ._journal import Journal, JournalEntry
from ._missing import MISSING, missing_fields
from ._remote_schemas import SchemaUnavailableWarning
from ._retry import RetryPolicy
from ._status import COMPLETED, IN_PROGRESS, IN_QUEUE, JobStatus, LogLine
from ._types import OnUpdate, RunOptions, SubmitOptions
from ._version import __version__

if _typing.TYPE_CHECKING:
    from uniapi_fal_api.fal_endpoints import ENDPOINTS

    from ._async_client import AsyncClient
    from ._batch import BatchResult
    from ._core.events import StreamOptions
    from ._download import Saved
    from ._event_stream import AsyncEventStream, EventStream
    from ._raw import RawResponse
    from ._realtime import AsyncRealtime, Realtime

# Loaded on first use, to keep `import uniapi_fal` flat: name -> (module, attribute).
_LAZY = {
    "AsyncClient": ("uniapi_fal._async_client", "AsyncClient"),  # brings asyncio (~10 ms)
    "BatchResult": ("uniapi_fal._batch", "BatchResult"),
    "Saved": ("uniapi_fal._download", "Saved"),
    "RawResponse": ("uniapi_fal._raw", "RawResponse"),
    "EventStream": ("uniapi_fal._event_stream", "EventStream"),
    "AsyncEventStream": ("uniapi_fal._event_stream", "AsyncEventStream"),
    "StreamOptions": ("uniapi_fal._core.events", "StreamOptions"),
    "Realtime": ("uniapi_fal._realtime", "Realtime"),
    "AsyncRealtime": ("uniapi_fal._realtime", "AsyncRealtime"),
    "ENDPOINTS": ("uniapi_fal_api.fal_endpoints", "ENDPOINTS"),  # grows with the spec
}

__all__ = [
    "__version__",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncEventStream",
    "AsyncJob",
    "AsyncRealtime",
    "AuthenticationError",
    "BadRequestError",
    "BatchResult",
    "Client",
    "ClientClosedError",
    "COMPLETED",
    "ConfigurationError",
    "DownloadError",
    "EndpointInfo",
    "ENDPOINTS",
    "EventLoopError",
    "EventStream",
    "FalError",
    "FieldError",
    "Hosts",
    "IN_PROGRESS",
    "IN_QUEUE",
    "InputValidationError",
    "Job",
    "JobCancelledError",
    "JobError",
    "JobFailedError",
    "JobStatus",
    "Journal",
    "JournalEntry",
    "JournalError",
    "LogLine",
    "MISSING",
    "missing_fields",
    "MissingAPIKeyError",
    "NotFoundError",
    "OnUpdate",
    "parse_retry_after",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "Realtime",
    "RealtimeError",
    "ResponseParseError",
    "ResponseTooLargeError",
    "RetryPolicy",
    "RunOptions",
    "Saved",
    "SchemaUnavailableWarning",
    "ServerError",
    "StreamOptions",
    "SubmitOptions",
    "SubmitUncertainError",
    "UnknownEndpointError",
    "UnprocessableEntityError",
    "UploadError",
    "ValidationItem",
    "WaitTimeoutError",
]

# Show `uniapi_fal.Client` rather than `uniapi_fal._client.Client` in reprs and docs.
for _name in __all__:
    _obj = globals().get(_name)
    if getattr(_obj, "__module__", "").startswith("uniapi_fal._"):
        try:
            _obj.__module__ = "uniapi_fal"
        except (AttributeError, TypeError):
            pass
del _name, _obj


def __getattr__(name: str) -> _typing.Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    module, attribute = _LAZY[name]
    value = getattr(import_module(module), attribute)
    if isinstance(value, type) and value.__module__.startswith("uniapi_fal._"):
        value.__module__ = "uniapi_fal"
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
