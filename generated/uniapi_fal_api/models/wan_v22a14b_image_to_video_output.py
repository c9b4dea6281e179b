from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file import FalFile


T = TypeVar("T", bound="WanV22A14BImageToVideoOutput")


@_attrs_define
class WanV22A14BImageToVideoOutput:
    """Output of `fal-ai/wan/v2.2-a14b/image-to-video` (image-to-video). fal no longer lists this endpoint."""

    video: FalFile
    """Video: FalFile."""
    seed: int
    """Seed: integer."""
    prompt: str | Unset = UNSET
    """Prompt: string. Server default: ""."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video = self.video.to_dict()

        seed = self.seed

        prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video": video,
                "seed": seed,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file import FalFile  # noqa: PLC0415

        d = dict(src_dict)
        video = FalFile.from_dict(d.pop("video"))

        seed = d.pop("seed")

        prompt = d.pop("prompt", UNSET)

        wan_v22a14b_image_to_video_output = cls(
            video=video,
            seed=seed,
            prompt=prompt,
        )

        wan_v22a14b_image_to_video_output.additional_properties = d
        return wan_v22a14b_image_to_video_output

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
