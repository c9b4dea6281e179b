from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.log_entry import LogEntry
    from ..models.queue_status_metrics import QueueStatusMetrics


T = TypeVar("T", bound="QueueStatus")


@_attrs_define
class QueueStatus:
    """A request's state. `status` is IN_QUEUE, IN_PROGRESS or COMPLETED today; other
    values may appear and must be tolerated. A failed request ends COMPLETED with
    `error` and `error_type` set.

        Example:
            {'status': 'IN_PROGRESS', 'logs': [{'message': 'Generating frames', 'level': 'INFO', 'source': 'USER',
                'timestamp': '2026-11-24T10:00:00.123Z'}], 'response_url': 'https://queue.fal.run/fal-ai/kling-
                video/requests/725e8f7a-afbf-4e9d-9e33-314220bb1fed'}

    """

    status: str
    """String."""
    request_id: str | Unset = UNSET
    """String."""
    queue_position: int | None | Unset = UNSET
    """Integer or None."""
    logs: list[LogEntry] | None | Unset = UNSET
    """Array or None."""
    metrics: QueueStatusMetrics | Unset = UNSET
    """Object."""
    response_url: str | Unset = UNSET
    """String."""
    status_url: str | Unset = UNSET
    """String."""
    cancel_url: str | Unset = UNSET
    """String."""
    error: None | str | Unset = UNSET
    """String or None."""
    error_type: None | str | Unset = UNSET
    """String or None."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        request_id = self.request_id

        queue_position: int | None | Unset
        if isinstance(self.queue_position, Unset):
            queue_position = UNSET
        else:
            queue_position = self.queue_position

        logs: list[dict[str, Any]] | None | Unset
        if isinstance(self.logs, Unset):
            logs = UNSET
        elif isinstance(self.logs, list):
            logs = []
            for logs_type_0_item_data in self.logs:
                logs_type_0_item = logs_type_0_item_data.to_dict()
                logs.append(logs_type_0_item)

        else:
            logs = self.logs

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        response_url = self.response_url

        status_url = self.status_url

        cancel_url = self.cancel_url

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        error_type: None | str | Unset
        if isinstance(self.error_type, Unset):
            error_type = UNSET
        else:
            error_type = self.error_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if queue_position is not UNSET:
            field_dict["queue_position"] = queue_position
        if logs is not UNSET:
            field_dict["logs"] = logs
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if response_url is not UNSET:
            field_dict["response_url"] = response_url
        if status_url is not UNSET:
            field_dict["status_url"] = status_url
        if cancel_url is not UNSET:
            field_dict["cancel_url"] = cancel_url
        if error is not UNSET:
            field_dict["error"] = error
        if error_type is not UNSET:
            field_dict["error_type"] = error_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.log_entry import LogEntry  # noqa: PLC0415
        from ..models.queue_status_metrics import QueueStatusMetrics  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status")

        request_id = d.pop("request_id", UNSET)

        def _parse_queue_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        queue_position = _parse_queue_position(d.pop("queue_position", UNSET))

        def _parse_logs(data: object) -> list[LogEntry] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                logs_type_0 = []
                _logs_type_0 = data
                for logs_type_0_item_data in _logs_type_0:
                    logs_type_0_item = LogEntry.from_dict(logs_type_0_item_data)

                    logs_type_0.append(logs_type_0_item)

                return logs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LogEntry] | None | Unset, data)

        logs = _parse_logs(d.pop("logs", UNSET))

        _metrics = d.pop("metrics", UNSET)
        metrics: QueueStatusMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = QueueStatusMetrics.from_dict(_metrics)

        response_url = d.pop("response_url", UNSET)

        status_url = d.pop("status_url", UNSET)

        cancel_url = d.pop("cancel_url", UNSET)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_error_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_type = _parse_error_type(d.pop("error_type", UNSET))

        queue_status = cls(
            status=status,
            request_id=request_id,
            queue_position=queue_position,
            logs=logs,
            metrics=metrics,
            response_url=response_url,
            status_url=status_url,
            cancel_url=cancel_url,
            error=error,
            error_type=error_type,
        )

        queue_status.additional_properties = d
        return queue_status

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
