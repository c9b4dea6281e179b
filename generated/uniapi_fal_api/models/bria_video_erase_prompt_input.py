from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.bria_video_erase_prompt_input_output_container_and_codec import (
    BriaVideoErasePromptInputOutputContainerAndCodec,
    check_bria_video_erase_prompt_input_output_container_and_codec,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bria_video_erase_prompt_output import BriaVideoErasePromptOutput  # noqa: F401


T = TypeVar("T", bound="BriaVideoErasePromptInput")


@_attrs_define
class BriaVideoErasePromptInput(
    FalInput["BriaVideoErasePromptOutput"], endpoint="bria/video/erase/prompt"
):
    """Input of `bria/video/erase/prompt` (video-to-video)."""

    prompt: str
    """Prompt: string."""
    video_url: str
    """Video Url: string."""
    output_container_and_codec: BriaVideoErasePromptInputOutputContainerAndCodec | Unset = UNSET
    """Output Container And Codec: one of "mp4_h265", "mp4_h264", "webm_vp9", "gif", "mov_h264",
    "mov_h265", "mov_proresks", "mkv_h264", ... (11 values). Server default: "mp4_h264"."""
    auto_trim: bool | Unset = UNSET
    """Auto Trim: boolean. Server default: true."""
    preserve_audio: bool | Unset = UNSET
    """Preserve Audio: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        video_url = self.video_url

        output_container_and_codec: str | Unset = UNSET
        if not isinstance(self.output_container_and_codec, Unset):
            output_container_and_codec = self.output_container_and_codec

        auto_trim = self.auto_trim

        preserve_audio = self.preserve_audio

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "video_url": video_url,
            }
        )
        if output_container_and_codec is not UNSET:
            field_dict["output_container_and_codec"] = output_container_and_codec
        if auto_trim is not UNSET:
            field_dict["auto_trim"] = auto_trim
        if preserve_audio is not UNSET:
            field_dict["preserve_audio"] = preserve_audio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        video_url = d.pop("video_url")

        _output_container_and_codec = d.pop("output_container_and_codec", UNSET)
        output_container_and_codec: BriaVideoErasePromptInputOutputContainerAndCodec | Unset
        if isinstance(_output_container_and_codec, Unset):
            output_container_and_codec = UNSET
        else:
            output_container_and_codec = (
                check_bria_video_erase_prompt_input_output_container_and_codec(
                    _output_container_and_codec
                )
            )

        auto_trim = d.pop("auto_trim", UNSET)

        preserve_audio = d.pop("preserve_audio", UNSET)

        bria_video_erase_prompt_input = cls(
            prompt=prompt,
            video_url=video_url,
            output_container_and_codec=output_container_and_codec,
            auto_trim=auto_trim,
            preserve_audio=preserve_audio,
        )

        return bria_video_erase_prompt_input
