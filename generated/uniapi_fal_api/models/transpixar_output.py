from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.fal_file_vb4cc40 import FalFileVB4CC40
    from ..models.transpixar_output_timings import TranspixarOutputTimings


T = TypeVar("T", bound="TranspixarOutput")


@_attrs_define
class TranspixarOutput:
    """Output of `fal-ai/transpixar` (text-to-video). fal no longer lists this endpoint."""

    videos: list[FalFileVB4CC40]
    """Videos: list of FalFileVB4CC40."""
    timings: TranspixarOutputTimings
    """Timings: object."""
    seed: int
    """Seed: integer."""
    prompt: str
    """Prompt: string."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        videos = []
        for videos_item_data in self.videos:
            videos_item = videos_item_data.to_dict()
            videos.append(videos_item)

        timings = self.timings.to_dict()

        seed = self.seed

        prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "videos": videos,
                "timings": timings,
                "seed": seed,
                "prompt": prompt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_vb4cc40 import FalFileVB4CC40  # noqa: PLC0415
        from ..models.transpixar_output_timings import TranspixarOutputTimings  # noqa: PLC0415

        d = dict(src_dict)
        videos = []
        _videos = d.pop("videos")
        for videos_item_data in _videos:
            videos_item = FalFileVB4CC40.from_dict(videos_item_data)

            videos.append(videos_item)

        timings = TranspixarOutputTimings.from_dict(d.pop("timings"))

        seed = d.pop("seed")

        prompt = d.pop("prompt")

        transpixar_output = cls(
            videos=videos,
            timings=timings,
            seed=seed,
            prompt=prompt,
        )

        transpixar_output.additional_properties = d
        return transpixar_output

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
