from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ben_v2_video_output import BenV2VideoOutput  # noqa: F401


T = TypeVar("T", bound="BenV2VideoInput")


@_attrs_define
class BenV2VideoInput(FalInput["BenV2VideoOutput"], endpoint="fal-ai/ben/v2/video"):
    """Input of `fal-ai/ben/v2/video` (video-to-video)."""

    video_url: str
    """Video Url: string."""
    background_color: list[Any] | Unset = UNSET
    """Background Color: list, 3 items."""
    seed: int | Unset = UNSET
    """Seed: integer."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        background_color: list[Any] | Unset = UNSET
        if not isinstance(self.background_color, Unset):
            background_color = self.background_color

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if background_color is not UNSET:
            field_dict["background_color"] = background_color
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        background_color = cast(list[Any], d.pop("background_color", UNSET))

        seed = d.pop("seed", UNSET)

        ben_v2_video_input = cls(
            video_url=video_url,
            background_color=background_color,
            seed=seed,
        )

        return ben_v2_video_input
