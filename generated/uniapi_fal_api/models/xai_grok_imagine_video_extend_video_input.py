from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .xai_grok_imagine_video_extend_video_output import (
        XaiGrokImagineVideoExtendVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="XaiGrokImagineVideoExtendVideoInput")


@_attrs_define
class XaiGrokImagineVideoExtendVideoInput(
    FalInput["XaiGrokImagineVideoExtendVideoOutput"], endpoint="xai/grok-imagine-video/extend-video"
):
    """Input of `xai/grok-imagine-video/extend-video` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    video_url: str
    """URL or local file."""
    duration: float | Unset = UNSET
    """Number. Server default: 6."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        video_url = self.video_url

        duration = self.duration

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "video_url": video_url,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        video_url = d.pop("video_url")

        duration = d.pop("duration", UNSET)

        xai_grok_imagine_video_extend_video_input = cls(
            prompt=prompt,
            video_url=video_url,
            duration=duration,
        )

        return xai_grok_imagine_video_extend_video_input
