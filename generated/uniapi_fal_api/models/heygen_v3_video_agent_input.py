from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.heygen_v3_video_agent_input_avatar import (
    HeygenV3VideoAgentInputAvatar,
    check_heygen_v3_video_agent_input_avatar,
)
from ..models.heygen_v3_video_agent_input_orientation import (
    HeygenV3VideoAgentInputOrientation,
    check_heygen_v3_video_agent_input_orientation,
)
from ..models.heygen_v3_video_agent_input_voice import (
    HeygenV3VideoAgentInputVoice,
    check_heygen_v3_video_agent_input_voice,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .heygen_v3_video_agent_output import HeygenV3VideoAgentOutput  # noqa: F401


T = TypeVar("T", bound="HeygenV3VideoAgentInput")


@_attrs_define
class HeygenV3VideoAgentInput(
    FalInput["HeygenV3VideoAgentOutput"], endpoint="fal-ai/heygen/v3/video-agent"
):
    """Input of `fal-ai/heygen/v3/video-agent` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    avatar: HeygenV3VideoAgentInputAvatar | Unset = UNSET
    """One of "auto", "Abigail (Upper Body)", "Abigail Office Front", "Abigail Office Side",
    "Abigail Sofa Front", "Abigail Sofa Side", "Aditya in Brown blazer", "Aditya in Blue
    blazer", ... (1287 values). Server default: "auto"."""
    file_urls: list[str] | Unset = UNSET
    """List of string."""
    incognito_mode: bool | Unset = UNSET
    """Boolean."""
    orientation: HeygenV3VideoAgentInputOrientation | Unset = UNSET
    """One of "landscape", "portrait"."""
    style_id: str | Unset = UNSET
    """String."""
    voice: HeygenV3VideoAgentInputVoice | Unset = UNSET
    """One of "auto", "Warm Pro Narrator", "Chill Brian", "Ivy", "John Doe", "Monika Sogam", "Hope
    ", "Archer ", ... (103 values). Server default: "auto"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        avatar: str | Unset = UNSET
        if not isinstance(self.avatar, Unset):
            avatar = self.avatar

        file_urls: list[str] | Unset = UNSET
        if not isinstance(self.file_urls, Unset):
            file_urls = self.file_urls

        incognito_mode = self.incognito_mode

        orientation: str | Unset = UNSET
        if not isinstance(self.orientation, Unset):
            orientation = self.orientation

        style_id = self.style_id

        voice: str | Unset = UNSET
        if not isinstance(self.voice, Unset):
            voice = self.voice

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if file_urls is not UNSET:
            field_dict["file_urls"] = file_urls
        if incognito_mode is not UNSET:
            field_dict["incognito_mode"] = incognito_mode
        if orientation is not UNSET:
            field_dict["orientation"] = orientation
        if style_id is not UNSET:
            field_dict["style_id"] = style_id
        if voice is not UNSET:
            field_dict["voice"] = voice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _avatar = d.pop("avatar", UNSET)
        avatar: HeygenV3VideoAgentInputAvatar | Unset
        if isinstance(_avatar, Unset):
            avatar = UNSET
        else:
            avatar = check_heygen_v3_video_agent_input_avatar(_avatar)

        file_urls = cast(list[str], d.pop("file_urls", UNSET))

        incognito_mode = d.pop("incognito_mode", UNSET)

        _orientation = d.pop("orientation", UNSET)
        orientation: HeygenV3VideoAgentInputOrientation | Unset
        if isinstance(_orientation, Unset):
            orientation = UNSET
        else:
            orientation = check_heygen_v3_video_agent_input_orientation(_orientation)

        style_id = d.pop("style_id", UNSET)

        _voice = d.pop("voice", UNSET)
        voice: HeygenV3VideoAgentInputVoice | Unset
        if isinstance(_voice, Unset):
            voice = UNSET
        else:
            voice = check_heygen_v3_video_agent_input_voice(_voice)

        heygen_v3_video_agent_input = cls(
            prompt=prompt,
            avatar=avatar,
            file_urls=file_urls,
            incognito_mode=incognito_mode,
            orientation=orientation,
            style_id=style_id,
            voice=voice,
        )

        return heygen_v3_video_agent_input
