from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .wan_pro_image_to_video_output import WanProImageToVideoOutput  # noqa: F401


T = TypeVar("T", bound="WanProImageToVideoInput")


@_attrs_define
class WanProImageToVideoInput(
    FalInput["WanProImageToVideoOutput"], endpoint="fal-ai/wan-pro/image-to-video"
):
    """Input of `fal-ai/wan-pro/image-to-video` (image-to-video)."""

    prompt: str
    """Prompt: string."""
    image_url: str
    """Image Url: string."""
    seed: int | None | Unset = UNSET
    """Seed: integer or None."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        enable_safety_checker = self.enable_safety_checker

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "image_url": image_url,
            }
        )
        if seed is not UNSET:
            field_dict["seed"] = seed
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        wan_pro_image_to_video_input = cls(
            prompt=prompt,
            image_url=image_url,
            seed=seed,
            enable_safety_checker=enable_safety_checker,
        )

        return wan_pro_image_to_video_input
