from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.fal_file import FalFile


T = TypeVar("T", bound="LtxVideoLoraMulticonditioningOutput")


@_attrs_define
class LtxVideoLoraMulticonditioningOutput:
    """Output of `fal-ai/ltx-video-lora/multiconditioning` (video-to-video). fal no longer lists this endpoint."""

    prompt: str
    """Prompt: string."""
    seed: int
    """Seed: integer."""
    video: FalFile
    """Video: FalFile."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        seed = self.seed

        video = self.video.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "seed": seed,
                "video": video,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file import FalFile  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        seed = d.pop("seed")

        video = FalFile.from_dict(d.pop("video"))

        ltx_video_lora_multiconditioning_output = cls(
            prompt=prompt,
            seed=seed,
            video=video,
        )

        ltx_video_lora_multiconditioning_output.additional_properties = d
        return ltx_video_lora_multiconditioning_output

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
