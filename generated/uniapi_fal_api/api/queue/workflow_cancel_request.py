from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_status import CancelStatus
from ...types import Response


def _get_kwargs(
    owner: str,
    app: str,
    request_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/workflows/{owner}/{app}/requests/{request_id}/cancel".format(
            owner=quote(str(owner), safe=""),
            app=quote(str(app), safe=""),
            request_id=quote(str(request_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CancelStatus | None:
    if response.status_code == 202:
        response_202 = CancelStatus.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = CancelStatus.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = CancelStatus.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CancelStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    owner: str,
    app: str,
    request_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CancelStatus]:
    """Ask the queue to cancel a request (fal workflows)

    Args:
        owner (str):
        app (str):
        request_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelStatus]
    """

    kwargs = _get_kwargs(
        owner=owner,
        app=app,
        request_id=request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    owner: str,
    app: str,
    request_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CancelStatus | None:
    """Ask the queue to cancel a request (fal workflows)

    Args:
        owner (str):
        app (str):
        request_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelStatus
    """

    return sync_detailed(
        owner=owner,
        app=app,
        request_id=request_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    owner: str,
    app: str,
    request_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CancelStatus]:
    """Ask the queue to cancel a request (fal workflows)

    Args:
        owner (str):
        app (str):
        request_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelStatus]
    """

    kwargs = _get_kwargs(
        owner=owner,
        app=app,
        request_id=request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    owner: str,
    app: str,
    request_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CancelStatus | None:
    """Ask the queue to cancel a request (fal workflows)

    Args:
        owner (str):
        app (str):
        request_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelStatus
    """

    return (
        await asyncio_detailed(
            owner=owner,
            app=app,
            request_id=request_id,
            client=client,
        )
    ).parsed
