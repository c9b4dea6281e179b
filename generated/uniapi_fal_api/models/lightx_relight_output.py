from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file import FalFile


T = TypeVar("T", bound="LightxRelightOutput")


@_attrs_define
class LightxRelightOutput:
    """Output of `fal-ai/lightx/relight` (video-to-video)."""

    video: FalFile
    """Video: FalFile."""
    seed: int
    """Seed: integer."""
    input_video: FalFile | Unset = UNSET
    """Input Video: FalFile."""
    viz_video: FalFile | Unset = UNSET
    """Viz Video: FalFile."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video = self.video.to_dict()

        seed = self.seed

        input_video: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_video, Unset):
            input_video = self.input_video.to_dict()

        viz_video: dict[str, Any] | Unset = UNSET
        if not isinstance(self.viz_video, Unset):
            viz_video = self.viz_video.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video": video,
                "seed": seed,
            }
        )
        if input_video is not UNSET:
            field_dict["input_video"] = input_video
        if viz_video is not UNSET:
            field_dict["viz_video"] = viz_video

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file import FalFile  # noqa: PLC0415

        d = dict(src_dict)
        video = FalFile.from_dict(d.pop("video"))

        seed = d.pop("seed")

        _input_video = d.pop("input_video", UNSET)
        input_video: FalFile | Unset
        if isinstance(_input_video, Unset):
            input_video = UNSET
        else:
            input_video = FalFile.from_dict(_input_video)

        _viz_video = d.pop("viz_video", UNSET)
        viz_video: FalFile | Unset
        if isinstance(_viz_video, Unset):
            viz_video = UNSET
        else:
            viz_video = FalFile.from_dict(_viz_video)

        lightx_relight_output = cls(
            video=video,
            seed=seed,
            input_video=input_video,
            viz_video=viz_video,
        )

        lightx_relight_output.additional_properties = d
        return lightx_relight_output

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
