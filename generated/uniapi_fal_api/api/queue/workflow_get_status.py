from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.queue_status import QueueStatus
from ...models.workflow_get_status_logs import (
    WorkflowGetStatusLogs,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    owner: str,
    app: str,
    request_id: str,
    *,
    logs: WorkflowGetStatusLogs | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_logs: int | Unset = UNSET
    if not isinstance(logs, Unset):
        json_logs = logs

    params["logs"] = json_logs

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workflows/{owner}/{app}/requests/{request_id}/status".format(
            owner=quote(str(owner), safe=""),
            app=quote(str(app), safe=""),
            request_id=quote(str(request_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | QueueStatus | None:
    if response.status_code == 200:
        response_200 = QueueStatus.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = QueueStatus.from_dict(response.json())

        return response_202

    if response.status_code == 404:
        response_404 = ErrorDetail.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDetail | QueueStatus]:
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
    logs: WorkflowGetStatusLogs | Unset = UNSET,
) -> Response[ErrorDetail | QueueStatus]:
    """A request's queue state (202 while pending, 200 once completed) (fal workflows)

    Args:
        owner (str):
        app (str):
        request_id (str):
        logs (WorkflowGetStatusLogs | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | QueueStatus]
    """

    kwargs = _get_kwargs(
        owner=owner,
        app=app,
        request_id=request_id,
        logs=logs,
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
    logs: WorkflowGetStatusLogs | Unset = UNSET,
) -> ErrorDetail | QueueStatus | None:
    """A request's queue state (202 while pending, 200 once completed) (fal workflows)

    Args:
        owner (str):
        app (str):
        request_id (str):
        logs (WorkflowGetStatusLogs | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | QueueStatus
    """

    return sync_detailed(
        owner=owner,
        app=app,
        request_id=request_id,
        client=client,
        logs=logs,
    ).parsed


async def asyncio_detailed(
    owner: str,
    app: str,
    request_id: str,
    *,
    client: AuthenticatedClient | Client,
    logs: WorkflowGetStatusLogs | Unset = UNSET,
) -> Response[ErrorDetail | QueueStatus]:
    """A request's queue state (202 while pending, 200 once completed) (fal workflows)

    Args:
        owner (str):
        app (str):
        request_id (str):
        logs (WorkflowGetStatusLogs | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | QueueStatus]
    """

    kwargs = _get_kwargs(
        owner=owner,
        app=app,
        request_id=request_id,
        logs=logs,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    owner: str,
    app: str,
    request_id: str,
    *,
    client: AuthenticatedClient | Client,
    logs: WorkflowGetStatusLogs | Unset = UNSET,
) -> ErrorDetail | QueueStatus | None:
    """A request's queue state (202 while pending, 200 once completed) (fal workflows)

    Args:
        owner (str):
        app (str):
        request_id (str):
        logs (WorkflowGetStatusLogs | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | QueueStatus
    """

    return (
        await asyncio_detailed(
            owner=owner,
            app=app,
            request_id=request_id,
            client=client,
            logs=logs,
        )
    ).parsed
