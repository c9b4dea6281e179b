from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.fal_file import FalFile


T = TypeVar("T", bound="BytedanceSeedanceV1LiteReferenceToVideoOutput")


@_attrs_define
class BytedanceSeedanceV1LiteReferenceToVideoOutput:
    """Output of `fal-ai/bytedance/seedance/v1/lite/reference-to-video` (image-to-video). fal no longer lists this
    endpoint.

    """

    video: FalFile
    """Video: FalFile."""
    seed: int
    """Seed: integer."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video = self.video.to_dict()

        seed = self.seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video": video,
                "seed": seed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file import FalFile  # noqa: PLC0415

        d = dict(src_dict)
        video = FalFile.from_dict(d.pop("video"))

        seed = d.pop("seed")

        bytedance_seedance_v1_lite_reference_to_video_output = cls(
            video=video,
            seed=seed,
        )

        bytedance_seedance_v1_lite_reference_to_video_output.additional_properties = d
        return bytedance_seedance_v1_lite_reference_to_video_output

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
