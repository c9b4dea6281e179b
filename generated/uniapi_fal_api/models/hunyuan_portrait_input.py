from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .hunyuan_portrait_output import HunyuanPortraitOutput  # noqa: F401


T = TypeVar("T", bound="HunyuanPortraitInput")


@_attrs_define
class HunyuanPortraitInput(FalInput["HunyuanPortraitOutput"], endpoint="fal-ai/hunyuan-portrait"):
    """Input of `fal-ai/hunyuan-portrait` (image-to-video). fal no longer lists this endpoint."""

    video_url: str
    """Video Url: string."""
    image_url: str
    """Image Url: string."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    use_arcface: bool | Unset = UNSET
    """Use Arcface: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        image_url = self.image_url

        seed = self.seed

        use_arcface = self.use_arcface

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
                "image_url": image_url,
            }
        )
        if seed is not UNSET:
            field_dict["seed"] = seed
        if use_arcface is not UNSET:
            field_dict["use_arcface"] = use_arcface

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        image_url = d.pop("image_url")

        seed = d.pop("seed", UNSET)

        use_arcface = d.pop("use_arcface", UNSET)

        hunyuan_portrait_input = cls(
            video_url=video_url,
            image_url=image_url,
            seed=seed,
            use_arcface=use_arcface,
        )

        return hunyuan_portrait_input
