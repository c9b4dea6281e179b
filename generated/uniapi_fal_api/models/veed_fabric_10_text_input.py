from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.veed_fabric_10_text_input_resolution import (
    VeedFabric10TextInputResolution,
    check_veed_fabric_10_text_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .veed_fabric_10_text_output import VeedFabric10TextOutput  # noqa: F401


T = TypeVar("T", bound="VeedFabric10TextInput")


@_attrs_define
class VeedFabric10TextInput(FalInput["VeedFabric10TextOutput"], endpoint="veed/fabric-1.0/text"):
    """Input of `veed/fabric-1.0/text` (text-to-video)."""

    image_url: str
    """Image Url: string, 1 to 2,083 characters."""
    text: str
    """Text: string, 1 to 2,000 characters."""
    resolution: VeedFabric10TextInputResolution
    """Resolution: one of "720p", "480p"."""
    voice_description: None | str | Unset = UNSET
    """Voice Description: string or None."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        text = self.text

        resolution: str = self.resolution

        voice_description: None | str | Unset
        if isinstance(self.voice_description, Unset):
            voice_description = UNSET
        else:
            voice_description = self.voice_description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "text": text,
                "resolution": resolution,
            }
        )
        if voice_description is not UNSET:
            field_dict["voice_description"] = voice_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        text = d.pop("text")

        resolution = check_veed_fabric_10_text_input_resolution(d.pop("resolution"))

        def _parse_voice_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voice_description = _parse_voice_description(d.pop("voice_description", UNSET))

        veed_fabric_10_text_input = cls(
            image_url=image_url,
            text=text,
            resolution=resolution,
            voice_description=voice_description,
        )

        return veed_fabric_10_text_input
