from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file_v6e13db import FalFileV6E13DB


T = TypeVar("T", bound="Scail2Output")


@_attrs_define
class Scail2Output:
    """Output of `fal-ai/scail-2` (unknown)."""

    seed: float
    """Number."""
    video: FalFileV6E13DB
    """FalFileV6E13DB."""
    preprocessing_mask_video: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    preprocessing_video: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seed = self.seed

        video = self.video.to_dict()

        preprocessing_mask_video: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preprocessing_mask_video, Unset):
            preprocessing_mask_video = self.preprocessing_mask_video.to_dict()

        preprocessing_video: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preprocessing_video, Unset):
            preprocessing_video = self.preprocessing_video.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "seed": seed,
                "video": video,
            }
        )
        if preprocessing_mask_video is not UNSET:
            field_dict["preprocessing_mask_video"] = preprocessing_mask_video
        if preprocessing_video is not UNSET:
            field_dict["preprocessing_video"] = preprocessing_video

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_v6e13db import FalFileV6E13DB  # noqa: PLC0415

        d = dict(src_dict)
        seed = d.pop("seed")

        video = FalFileV6E13DB.from_dict(d.pop("video"))

        _preprocessing_mask_video = d.pop("preprocessing_mask_video", UNSET)
        preprocessing_mask_video: FalFileV6E13DB | Unset
        if isinstance(_preprocessing_mask_video, Unset):
            preprocessing_mask_video = UNSET
        else:
            preprocessing_mask_video = FalFileV6E13DB.from_dict(_preprocessing_mask_video)

        _preprocessing_video = d.pop("preprocessing_video", UNSET)
        preprocessing_video: FalFileV6E13DB | Unset
        if isinstance(_preprocessing_video, Unset):
            preprocessing_video = UNSET
        else:
            preprocessing_video = FalFileV6E13DB.from_dict(_preprocessing_video)

        scail_2_output = cls(
            seed=seed,
            video=video,
            preprocessing_mask_video=preprocessing_mask_video,
            preprocessing_video=preprocessing_video,
        )

        scail_2_output.additional_properties = d
        return scail_2_output

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
