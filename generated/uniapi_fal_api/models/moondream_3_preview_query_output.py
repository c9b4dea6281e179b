from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.usage_info_v1321cb import UsageInfoV1321CB


T = TypeVar("T", bound="Moondream3PreviewQueryOutput")


@_attrs_define
class Moondream3PreviewQueryOutput:
    """Output of `fal-ai/moondream3-preview/query` (vision)."""

    finish_reason: str
    """Finish Reason: string."""
    usage_info: UsageInfoV1321CB
    """Usage Info: UsageInfoV1321CB."""
    output: str
    """Output: string."""
    reasoning: str | Unset = UNSET
    """Reasoning: string."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        finish_reason = self.finish_reason

        usage_info = self.usage_info.to_dict()

        output = self.output

        reasoning = self.reasoning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "finish_reason": finish_reason,
                "usage_info": usage_info,
                "output": output,
            }
        )
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.usage_info_v1321cb import UsageInfoV1321CB  # noqa: PLC0415

        d = dict(src_dict)
        finish_reason = d.pop("finish_reason")

        usage_info = UsageInfoV1321CB.from_dict(d.pop("usage_info"))

        output = d.pop("output")

        reasoning = d.pop("reasoning", UNSET)

        moondream_3_preview_query_output = cls(
            finish_reason=finish_reason,
            usage_info=usage_info,
            output=output,
            reasoning=reasoning,
        )

        moondream_3_preview_query_output.additional_properties = d
        return moondream_3_preview_query_output

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
