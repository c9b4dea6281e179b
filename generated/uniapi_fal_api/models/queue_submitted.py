from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.log_entry import LogEntry
    from ..models.queue_submitted_metrics import QueueSubmittedMetrics


T = TypeVar("T", bound="QueueSubmitted")


@_attrs_define
class QueueSubmitted:
    """The submit answer. The gateway's URLs point at queue.fal.run; clients rewrite them onto their own host. Some answers
    carry the request_id alone (fal's older queue and its webhook examples); clients then build the URLs from the
    endpoint and the id.

        Example:
            {'status': 'IN_QUEUE', 'request_id': '725e8f7a-afbf-4e9d-9e33-314220bb1fed', 'response_url':
                'https://queue.fal.run/fal-ai/xxxx/requests/725e8f7a-afbf-4e9d-9e33-314220bb1fed', 'status_url':
                'https://queue.fal.run/fal-ai/xxxx/requests/725e8f7a-afbf-4e9d-9e33-314220bb1fed/status', 'logs': None,
                'metrics': {}, 'queue_position': 0}

    """

    request_id: str
    """String."""
    status: str | Unset = UNSET
    """Queue state, normally `IN_QUEUE`. String."""
    response_url: str | Unset = UNSET
    """String."""
    status_url: str | Unset = UNSET
    """String."""
    cancel_url: str | Unset = UNSET
    """Sent by fal direct, not by the gateway. String."""
    logs: list[LogEntry] | None | Unset = UNSET
    """Array or None."""
    metrics: QueueSubmittedMetrics | Unset = UNSET
    """Object."""
    queue_position: int | None | Unset = UNSET
    """Integer or None."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        status = self.status

        response_url = self.response_url

        status_url = self.status_url

        cancel_url = self.cancel_url

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

        queue_position: int | None | Unset
        if isinstance(self.queue_position, Unset):
            queue_position = UNSET
        else:
            queue_position = self.queue_position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if response_url is not UNSET:
            field_dict["response_url"] = response_url
        if status_url is not UNSET:
            field_dict["status_url"] = status_url
        if cancel_url is not UNSET:
            field_dict["cancel_url"] = cancel_url
        if logs is not UNSET:
            field_dict["logs"] = logs
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if queue_position is not UNSET:
            field_dict["queue_position"] = queue_position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.log_entry import LogEntry  # noqa: PLC0415
        from ..models.queue_submitted_metrics import QueueSubmittedMetrics  # noqa: PLC0415

        d = dict(src_dict)
        request_id = d.pop("request_id")

        status = d.pop("status", UNSET)

        response_url = d.pop("response_url", UNSET)

        status_url = d.pop("status_url", UNSET)

        cancel_url = d.pop("cancel_url", UNSET)

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
        metrics: QueueSubmittedMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = QueueSubmittedMetrics.from_dict(_metrics)

        def _parse_queue_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        queue_position = _parse_queue_position(d.pop("queue_position", UNSET))

        queue_submitted = cls(
            request_id=request_id,
            status=status,
            response_url=response_url,
            status_url=status_url,
            cancel_url=cancel_url,
            logs=logs,
            metrics=metrics,
            queue_position=queue_position,
        )

        queue_submitted.additional_properties = d
        return queue_submitted

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
