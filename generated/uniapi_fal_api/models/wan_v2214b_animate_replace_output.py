from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file import FalFile


T = TypeVar("T", bound="WanV2214BAnimateReplaceOutput")


@_attrs_define
class WanV2214BAnimateReplaceOutput:
    """Output of `fal-ai/wan/v2.2-14b/animate/replace` (video-to-video)."""

    video: FalFile
    """Video: FalFile."""
    prompt: str
    """Prompt: string."""
    seed: int
    """Seed: integer."""
    frames_zip: FalFile | Unset = UNSET
    """Frames Zip: FalFile."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video = self.video.to_dict()

        prompt = self.prompt

        seed = self.seed

        frames_zip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.frames_zip, Unset):
            frames_zip = self.frames_zip.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video": video,
                "prompt": prompt,
                "seed": seed,
            }
        )
        if frames_zip is not UNSET:
            field_dict["frames_zip"] = frames_zip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file import FalFile  # noqa: PLC0415

        d = dict(src_dict)
        video = FalFile.from_dict(d.pop("video"))

        prompt = d.pop("prompt")

        seed = d.pop("seed")

        _frames_zip = d.pop("frames_zip", UNSET)
        frames_zip: FalFile | Unset
        if isinstance(_frames_zip, Unset):
            frames_zip = UNSET
        else:
            frames_zip = FalFile.from_dict(_frames_zip)

        wan_v2214b_animate_replace_output = cls(
            video=video,
            prompt=prompt,
            seed=seed,
            frames_zip=frames_zip,
        )

        wan_v2214b_animate_replace_output.additional_properties = d
        return wan_v2214b_animate_replace_output

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
