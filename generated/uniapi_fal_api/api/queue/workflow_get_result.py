from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.http_validation_error import HTTPValidationError
from ...models.workflow_get_result_response_200 import WorkflowGetResultResponse200
from ...types import Response


def _get_kwargs(
    owner: str,
    app: str,
    request_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workflows/{owner}/{app}/requests/{request_id}".format(
            owner=quote(str(owner), safe=""),
            app=quote(str(app), safe=""),
            request_id=quote(str(request_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | HTTPValidationError | WorkflowGetResultResponse200 | None:
    if response.status_code == 200:
        response_200 = WorkflowGetResultResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorDetail.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrorDetail.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 499:
        response_499 = ErrorDetail.from_dict(response.json())

        return response_499

    if response.status_code == 500:
        response_500 = ErrorDetail.from_dict(response.json())

        return response_500

    if response.status_code == 504:
        response_504 = ErrorDetail.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDetail | HTTPValidationError | WorkflowGetResultResponse200]:
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
) -> Response[ErrorDetail | HTTPValidationError | WorkflowGetResultResponse200]:
    """The model's output once completed (400 before that) (fal workflows)

    Args:
        owner (str):
        app (str):
        request_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | HTTPValidationError | WorkflowGetResultResponse200]
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
) -> ErrorDetail | HTTPValidationError | WorkflowGetResultResponse200 | None:
    """The model's output once completed (400 before that) (fal workflows)

    Args:
        owner (str):
        app (str):
        request_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | HTTPValidationError | WorkflowGetResultResponse200
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
) -> Response[ErrorDetail | HTTPValidationError | WorkflowGetResultResponse200]:
    """The model's output once completed (400 before that) (fal workflows)

    Args:
        owner (str):
        app (str):
        request_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | HTTPValidationError | WorkflowGetResultResponse200]
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
) -> ErrorDetail | HTTPValidationError | WorkflowGetResultResponse200 | None:
    """The model's output once completed (400 before that) (fal workflows)

    Args:
        owner (str):
        app (str):
        request_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | HTTPValidationError | WorkflowGetResultResponse200
    """

    return (
        await asyncio_detailed(
            owner=owner,
            app=app,
            request_id=request_id,
            client=client,
        )
    ).parsed
