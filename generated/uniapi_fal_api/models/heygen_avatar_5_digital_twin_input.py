from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.heygen_avatar_5_digital_twin_input_aspect_ratio import (
    HeygenAvatar5DigitalTwinInputAspectRatio,
    check_heygen_avatar_5_digital_twin_input_aspect_ratio,
)
from ..models.heygen_avatar_5_digital_twin_input_fit import (
    HeygenAvatar5DigitalTwinInputFit,
    check_heygen_avatar_5_digital_twin_input_fit,
)
from ..models.heygen_avatar_5_digital_twin_input_output_format import (
    HeygenAvatar5DigitalTwinInputOutputFormat,
    check_heygen_avatar_5_digital_twin_input_output_format,
)
from ..models.heygen_avatar_5_digital_twin_input_resolution import (
    HeygenAvatar5DigitalTwinInputResolution,
    check_heygen_avatar_5_digital_twin_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.avatar_v_background import AvatarVBackground
    from ..models.avatar_v_watermark import AvatarVWatermark
    from .heygen_avatar_5_digital_twin_output import HeygenAvatar5DigitalTwinOutput  # noqa: F401


T = TypeVar("T", bound="HeygenAvatar5DigitalTwinInput")


@_attrs_define
class HeygenAvatar5DigitalTwinInput(
    FalInput["HeygenAvatar5DigitalTwinOutput"], endpoint="fal-ai/heygen/avatar5/digital-twin"
):
    """Input of `fal-ai/heygen/avatar5/digital-twin` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    aspect_ratio: HeygenAvatar5DigitalTwinInputAspectRatio | Unset = UNSET
    """One of "16:9", "9:16", "4:5", "5:4", "1:1", "auto". Server default: "16:9"."""
    audio_url: str | Unset = UNSET
    """URL or local file."""
    avatar: str | Unset = UNSET
    """String. Server default: "Abigail Sofa Front"."""
    background: AvatarVBackground | Unset = UNSET
    """AvatarVBackground."""
    caption: bool | Unset = UNSET
    """Boolean."""
    fit: HeygenAvatar5DigitalTwinInputFit | Unset = UNSET
    """One of "contain", "cover". Server default: "cover"."""
    output_format: HeygenAvatar5DigitalTwinInputOutputFormat | Unset = UNSET
    """One of "mp4", "webm". Server default: "mp4"."""
    prompt: str | Unset = UNSET
    """String."""
    remove_background: bool | Unset = UNSET
    """Boolean."""
    resolution: HeygenAvatar5DigitalTwinInputResolution | Unset = UNSET
    """One of "720p", "1080p", "4k". Server default: "720p"."""
    voice: str | Unset = UNSET
    """String. Server default: "Warm Pro Narrator"."""
    watermark: AvatarVWatermark | Unset = UNSET
    """AvatarVWatermark."""

    def to_dict(self) -> dict[str, Any]:
        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        audio_url = self.audio_url

        avatar = self.avatar

        background: dict[str, Any] | Unset = UNSET
        if not isinstance(self.background, Unset):
            background = self.background.to_dict()

        caption = self.caption

        fit: str | Unset = UNSET
        if not isinstance(self.fit, Unset):
            fit = self.fit

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        prompt = self.prompt

        remove_background = self.remove_background

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        voice = self.voice

        watermark: dict[str, Any] | Unset = UNSET
        if not isinstance(self.watermark, Unset):
            watermark = self.watermark.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if background is not UNSET:
            field_dict["background"] = background
        if caption is not UNSET:
            field_dict["caption"] = caption
        if fit is not UNSET:
            field_dict["fit"] = fit
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if remove_background is not UNSET:
            field_dict["remove_background"] = remove_background
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if voice is not UNSET:
            field_dict["voice"] = voice
        if watermark is not UNSET:
            field_dict["watermark"] = watermark

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.avatar_v_background import AvatarVBackground  # noqa: PLC0415
        from ..models.avatar_v_watermark import AvatarVWatermark  # noqa: PLC0415

        d = dict(src_dict)
        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: HeygenAvatar5DigitalTwinInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_heygen_avatar_5_digital_twin_input_aspect_ratio(_aspect_ratio)

        audio_url = d.pop("audio_url", UNSET)

        avatar = d.pop("avatar", UNSET)

        _background = d.pop("background", UNSET)
        background: AvatarVBackground | Unset
        if isinstance(_background, Unset):
            background = UNSET
        else:
            background = AvatarVBackground.from_dict(_background)

        caption = d.pop("caption", UNSET)

        _fit = d.pop("fit", UNSET)
        fit: HeygenAvatar5DigitalTwinInputFit | Unset
        if isinstance(_fit, Unset):
            fit = UNSET
        else:
            fit = check_heygen_avatar_5_digital_twin_input_fit(_fit)

        _output_format = d.pop("output_format", UNSET)
        output_format: HeygenAvatar5DigitalTwinInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_heygen_avatar_5_digital_twin_input_output_format(_output_format)

        prompt = d.pop("prompt", UNSET)

        remove_background = d.pop("remove_background", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: HeygenAvatar5DigitalTwinInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_heygen_avatar_5_digital_twin_input_resolution(_resolution)

        voice = d.pop("voice", UNSET)

        _watermark = d.pop("watermark", UNSET)
        watermark: AvatarVWatermark | Unset
        if isinstance(_watermark, Unset):
            watermark = UNSET
        else:
            watermark = AvatarVWatermark.from_dict(_watermark)

        heygen_avatar_5_digital_twin_input = cls(
            aspect_ratio=aspect_ratio,
            audio_url=audio_url,
            avatar=avatar,
            background=background,
            caption=caption,
            fit=fit,
            output_format=output_format,
            prompt=prompt,
            remove_background=remove_background,
            resolution=resolution,
            voice=voice,
            watermark=watermark,
        )

        return heygen_avatar_5_digital_twin_input
