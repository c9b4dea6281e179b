from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.usage_info_v829ad1 import UsageInfoV829AD1


T = TypeVar("T", bound="OpenrouterRouterEnterpriseOutput")


@_attrs_define
class OpenrouterRouterEnterpriseOutput:
    """Output of `openrouter/router/enterprise` (unknown)."""

    output: str
    """String."""
    error: str | Unset = UNSET
    """String."""
    partial: bool | Unset = UNSET
    """Boolean."""
    reasoning: str | Unset = UNSET
    """String."""
    usage: UsageInfoV829AD1 | Unset = UNSET
    """UsageInfoV829AD1."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        output = self.output

        error = self.error

        partial = self.partial

        reasoning = self.reasoning

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
        if error is not UNSET:
            field_dict["error"] = error
        if partial is not UNSET:
            field_dict["partial"] = partial
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.usage_info_v829ad1 import UsageInfoV829AD1  # noqa: PLC0415

        d = dict(src_dict)
        output = d.pop("output")

        error = d.pop("error", UNSET)

        partial = d.pop("partial", UNSET)

        reasoning = d.pop("reasoning", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: UsageInfoV829AD1 | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = UsageInfoV829AD1.from_dict(_usage)

        openrouter_router_enterprise_output = cls(
            output=output,
            error=error,
            partial=partial,
            reasoning=reasoning,
            usage=usage,
        )

        openrouter_router_enterprise_output.additional_properties = d
        return openrouter_router_enterprise_output

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
