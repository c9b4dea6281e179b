from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.heygen_avatar_4_image_to_video_input_aspect_ratio import (
    HeygenAvatar4ImageToVideoInputAspectRatio,
    check_heygen_avatar_4_image_to_video_input_aspect_ratio,
)
from ..models.heygen_avatar_4_image_to_video_input_resolution import (
    HeygenAvatar4ImageToVideoInputResolution,
    check_heygen_avatar_4_image_to_video_input_resolution,
)
from ..models.heygen_avatar_4_image_to_video_input_talking_style import (
    HeygenAvatar4ImageToVideoInputTalkingStyle,
    check_heygen_avatar_4_image_to_video_input_talking_style,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.avatar_iv_background import AvatarIVBackground
    from .heygen_avatar_4_image_to_video_output import HeygenAvatar4ImageToVideoOutput  # noqa: F401


T = TypeVar("T", bound="HeygenAvatar4ImageToVideoInput")


@_attrs_define
class HeygenAvatar4ImageToVideoInput(
    FalInput["HeygenAvatar4ImageToVideoOutput"], endpoint="fal-ai/heygen/avatar4/image-to-video"
):
    """Input of `fal-ai/heygen/avatar4/image-to-video` (image-to-video). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    aspect_ratio: HeygenAvatar4ImageToVideoInputAspectRatio | Unset = UNSET
    """One of "16:9", "9:16", "4:5", "5:4", "1:1", "auto". Server default: "16:9"."""
    audio_url: str | Unset = UNSET
    """URL or local file."""
    background: AvatarIVBackground | Unset = UNSET
    """AvatarIVBackground."""
    caption: bool | Unset = UNSET
    """Boolean."""
    expression: str | Unset = UNSET
    """String."""
    prompt: str | Unset = UNSET
    """String."""
    resolution: HeygenAvatar4ImageToVideoInputResolution | Unset = UNSET
    """One of "360p", "480p", "540p", "720p", "1080p". Server default: "720p"."""
    talking_style: HeygenAvatar4ImageToVideoInputTalkingStyle | Unset = UNSET
    """One of "stable", "expressive". Server default: "stable"."""
    voice: str | Unset = UNSET
    """String."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        audio_url = self.audio_url

        background: dict[str, Any] | Unset = UNSET
        if not isinstance(self.background, Unset):
            background = self.background.to_dict()

        caption = self.caption

        expression = self.expression

        prompt = self.prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        talking_style: str | Unset = UNSET
        if not isinstance(self.talking_style, Unset):
            talking_style = self.talking_style

        voice = self.voice

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if background is not UNSET:
            field_dict["background"] = background
        if caption is not UNSET:
            field_dict["caption"] = caption
        if expression is not UNSET:
            field_dict["expression"] = expression
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if talking_style is not UNSET:
            field_dict["talking_style"] = talking_style
        if voice is not UNSET:
            field_dict["voice"] = voice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.avatar_iv_background import AvatarIVBackground  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: HeygenAvatar4ImageToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_heygen_avatar_4_image_to_video_input_aspect_ratio(_aspect_ratio)

        audio_url = d.pop("audio_url", UNSET)

        _background = d.pop("background", UNSET)
        background: AvatarIVBackground | Unset
        if isinstance(_background, Unset):
            background = UNSET
        else:
            background = AvatarIVBackground.from_dict(_background)

        caption = d.pop("caption", UNSET)

        expression = d.pop("expression", UNSET)

        prompt = d.pop("prompt", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: HeygenAvatar4ImageToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_heygen_avatar_4_image_to_video_input_resolution(_resolution)

        _talking_style = d.pop("talking_style", UNSET)
        talking_style: HeygenAvatar4ImageToVideoInputTalkingStyle | Unset
        if isinstance(_talking_style, Unset):
            talking_style = UNSET
        else:
            talking_style = check_heygen_avatar_4_image_to_video_input_talking_style(_talking_style)

        voice = d.pop("voice", UNSET)

        heygen_avatar_4_image_to_video_input = cls(
            image_url=image_url,
            aspect_ratio=aspect_ratio,
            audio_url=audio_url,
            background=background,
            caption=caption,
            expression=expression,
            prompt=prompt,
            resolution=resolution,
            talking_style=talking_style,
            voice=voice,
        )

        return heygen_avatar_4_image_to_video_input
