from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.http_validation_error import HTTPValidationError
from ...models.krea_wan_14b_text_to_video_input import KreaWan14BTextToVideoInput
from ...models.queue_submitted import QueueSubmitted
from ...types import Response


def _get_kwargs(
    *,
    body: KreaWan14BTextToVideoInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fal-ai/krea-wan-14b/text-to-video",
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
    body: KreaWan14BTextToVideoInput,
) -> Response[ErrorDetail | HTTPValidationError | QueueSubmitted]:
    """text to video

    Args:
        body (KreaWan14BTextToVideoInput): Input of `fal-ai/krea-wan-14b/text-to-video` (text-to-
            video).

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
    body: KreaWan14BTextToVideoInput,
) -> ErrorDetail | HTTPValidationError | QueueSubmitted | None:
    """text to video

    Args:
        body (KreaWan14BTextToVideoInput): Input of `fal-ai/krea-wan-14b/text-to-video` (text-to-
            video).

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
    body: KreaWan14BTextToVideoInput,
) -> Response[ErrorDetail | HTTPValidationError | QueueSubmitted]:
    """text to video

    Args:
        body (KreaWan14BTextToVideoInput): Input of `fal-ai/krea-wan-14b/text-to-video` (text-to-
            video).

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
    body: KreaWan14BTextToVideoInput,
) -> ErrorDetail | HTTPValidationError | QueueSubmitted | None:
    """text to video

    Args:
        body (KreaWan14BTextToVideoInput): Input of `fal-ai/krea-wan-14b/text-to-video` (text-to-
            video).

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
