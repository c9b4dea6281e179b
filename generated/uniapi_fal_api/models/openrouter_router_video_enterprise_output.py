from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.usage_info import UsageInfo


T = TypeVar("T", bound="OpenrouterRouterVideoEnterpriseOutput")


@_attrs_define
class OpenrouterRouterVideoEnterpriseOutput:
    """Output of `openrouter/router/video/enterprise` (video-to-text)."""

    output: str
    """Output: string."""
    usage: UsageInfo | Unset = UNSET
    """Usage: UsageInfo."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        output = self.output

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "output": output,
            }
        )
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.usage_info import UsageInfo  # noqa: PLC0415

        d = dict(src_dict)
        output = d.pop("output")

        _usage = d.pop("usage", UNSET)
        usage: UsageInfo | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = UsageInfo.from_dict(_usage)

        openrouter_router_video_enterprise_output = cls(
            output=output,
            usage=usage,
        )

        openrouter_router_video_enterprise_output.additional_properties = d
        return openrouter_router_video_enterprise_output

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
