"""What each failure means on the command line: one line, what to do next, an exit code.

Exit codes (documented in `uniapi-fal --help` and the README):

    0  success
    1  the job failed or was cancelled
    2  invalid input or usage
    3  network or API error (auth, rate limit, server, unreadable answer)
    4  gave up waiting (--timeout); the job goes on: `uniapi-fal result ENDPOINT ID`
    130 interrupted; submitted jobs are journaled: `uniapi-fal resume`
"""

from __future__ import annotations

from .._exceptions import (
    APIError,
    ConfigurationError,
    FalError,
    InputValidationError,
    JobError,
    UnknownEndpointError,
    WaitTimeoutError,
)

OK = 0
JOB_FAILED = 1
INVALID_INPUT = 2
NETWORK = 3
TIMED_OUT = 4
INTERRUPTED = 130


def exit_code(error: BaseException) -> int:
    if isinstance(error, WaitTimeoutError):
        return TIMED_OUT
    if isinstance(error, JobError):
        return JOB_FAILED
    if isinstance(error, InputValidationError | UnknownEndpointError | ConfigurationError):
        return INVALID_INPUT
    if isinstance(error, APIError):
        return NETWORK
    if isinstance(error, KeyboardInterrupt):
        return INTERRUPTED
    return NETWORK if isinstance(error, FalError) else INVALID_INPUT


class CliInputError(ValueError):
    """A command-line problem found before anything is sent (a file where a folder goes...)."""


def hint(error: BaseException, *, journal_on: bool = True) -> str | None:
    """The next command to try, when there is an obvious one."""
    request_id = getattr(error, "request_id", None)
    endpoint = getattr(error, "endpoint", None)
    if isinstance(error, WaitTimeoutError) and request_id:
        return f"uniapi-fal result {endpoint} {request_id}"
    if isinstance(error, KeyboardInterrupt) and journal_on:
        return "uniapi-fal resume   (submitted jobs are in the journal)"
    if isinstance(error, UnknownEndpointError):
        return "uniapi-fal models"
    if isinstance(error, InputValidationError) and endpoint:
        return f"uniapi-fal schema {endpoint}"
    return None
