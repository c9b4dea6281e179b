from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.usage_info_v1321cb import UsageInfoV1321CB


T = TypeVar("T", bound="Moondream3PreviewCaptionOutput")


@_attrs_define
class Moondream3PreviewCaptionOutput:
    """Output of `fal-ai/moondream3-preview/caption` (vision)."""

    finish_reason: str
    """Finish Reason: string."""
    usage_info: UsageInfoV1321CB
    """Usage Info: UsageInfoV1321CB."""
    output: str
    """Output: string."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        finish_reason = self.finish_reason

        usage_info = self.usage_info.to_dict()

        output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "finish_reason": finish_reason,
                "usage_info": usage_info,
                "output": output,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.usage_info_v1321cb import UsageInfoV1321CB  # noqa: PLC0415

        d = dict(src_dict)
        finish_reason = d.pop("finish_reason")

        usage_info = UsageInfoV1321CB.from_dict(d.pop("usage_info"))

        output = d.pop("output")

        moondream_3_preview_caption_output = cls(
            finish_reason=finish_reason,
            usage_info=usage_info,
            output=output,
        )

        moondream_3_preview_caption_output.additional_properties = d
        return moondream_3_preview_caption_output

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
