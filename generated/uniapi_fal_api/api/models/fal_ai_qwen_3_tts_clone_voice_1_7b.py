from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.http_validation_error import HTTPValidationError
from ...models.queue_submitted import QueueSubmitted
from ...models.qwen_3_tts_clone_voice_17b_input import Qwen3TtsCloneVoice17BInput
from ...types import Response


def _get_kwargs(
    *,
    body: Qwen3TtsCloneVoice17BInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fal-ai/qwen-3-tts/clone-voice/1.7b",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | HTTPValidationError | QueueSubmitted | None:
    if response.status_code == 200:
        response_200 = QueueSubmitted.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorDetail.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorDetail.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDetail | HTTPValidationError | QueueSubmitted]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Qwen3TtsCloneVoice17BInput,
) -> Response[ErrorDetail | HTTPValidationError | QueueSubmitted]:
    """unknown

    Args:
        body (Qwen3TtsCloneVoice17BInput): Input of `fal-ai/qwen-3-tts/clone-voice/1.7b`
            (unknown).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | HTTPValidationError | QueueSubmitted]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: Qwen3TtsCloneVoice17BInput,
) -> ErrorDetail | HTTPValidationError | QueueSubmitted | None:
    """unknown

    Args:
        body (Qwen3TtsCloneVoice17BInput): Input of `fal-ai/qwen-3-tts/clone-voice/1.7b`
            (unknown).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | HTTPValidationError | QueueSubmitted
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Qwen3TtsCloneVoice17BInput,
) -> Response[ErrorDetail | HTTPValidationError | QueueSubmitted]:
    """unknown

    Args:
        body (Qwen3TtsCloneVoice17BInput): Input of `fal-ai/qwen-3-tts/clone-voice/1.7b`
            (unknown).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | HTTPValidationError | QueueSubmitted]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Qwen3TtsCloneVoice17BInput,
) -> ErrorDetail | HTTPValidationError | QueueSubmitted | None:
    """unknown

    Args:
        body (Qwen3TtsCloneVoice17BInput): Input of `fal-ai/qwen-3-tts/clone-voice/1.7b`
            (unknown).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | HTTPValidationError | QueueSubmitted
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
