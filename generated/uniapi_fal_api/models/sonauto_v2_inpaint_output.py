from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.fal_file_vb4cc40 import FalFileVB4CC40


T = TypeVar("T", bound="SonautoV2InpaintOutput")


@_attrs_define
class SonautoV2InpaintOutput:
    """Output of `sonauto/v2/inpaint` (text-to-audio). fal no longer lists this endpoint."""

    audio: list[FalFileVB4CC40]
    """Audio: list of FalFileVB4CC40."""
    seed: int
    """Seed: integer."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio = []
        for audio_item_data in self.audio:
            audio_item = audio_item_data.to_dict()
            audio.append(audio_item)

        seed = self.seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio": audio,
                "seed": seed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_vb4cc40 import FalFileVB4CC40  # noqa: PLC0415

        d = dict(src_dict)
        audio = []
        _audio = d.pop("audio")
        for audio_item_data in _audio:
            audio_item = FalFileVB4CC40.from_dict(audio_item_data)

            audio.append(audio_item)

        seed = d.pop("seed")

        sonauto_v2_inpaint_output = cls(
            audio=audio,
            seed=seed,
        )

        sonauto_v2_inpaint_output.additional_properties = d
        return sonauto_v2_inpaint_output

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
