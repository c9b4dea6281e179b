from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.nemotron_diffusion_vlm_timings import NemotronDiffusionVLMTimings
    from ..models.nemotron_diffusion_vlm_usage import NemotronDiffusionVLMUsage


T = TypeVar("T", bound="NemotronDiffusionVlmOutput")


@_attrs_define
class NemotronDiffusionVlmOutput:
    """Output of `fal-ai/nemotron-diffusion-vlm` (unknown)."""

    output: str
    """String."""
    timings: NemotronDiffusionVLMTimings
    """NemotronDiffusionVLMTimings."""
    usage: NemotronDiffusionVLMUsage
    """NemotronDiffusionVLMUsage."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        output = self.output

        timings = self.timings.to_dict()

        usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "output": output,
                "timings": timings,
                "usage": usage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.nemotron_diffusion_vlm_timings import NemotronDiffusionVLMTimings  # noqa: PLC0415
        from ..models.nemotron_diffusion_vlm_usage import NemotronDiffusionVLMUsage  # noqa: PLC0415

        d = dict(src_dict)
        output = d.pop("output")

        timings = NemotronDiffusionVLMTimings.from_dict(d.pop("timings"))

        usage = NemotronDiffusionVLMUsage.from_dict(d.pop("usage"))

        nemotron_diffusion_vlm_output = cls(
            output=output,
            timings=timings,
            usage=usage,
        )

        nemotron_diffusion_vlm_output.additional_properties = d
        return nemotron_diffusion_vlm_output

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
