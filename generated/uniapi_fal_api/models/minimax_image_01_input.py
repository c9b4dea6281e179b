from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.minimax_image_01_input_aspect_ratio import (
    MinimaxImage01InputAspectRatio,
    check_minimax_image_01_input_aspect_ratio,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .minimax_image_01_output import MinimaxImage01Output  # noqa: F401


T = TypeVar("T", bound="MinimaxImage01Input")


@_attrs_define
class MinimaxImage01Input(FalInput["MinimaxImage01Output"], endpoint="fal-ai/minimax/image-01"):
    """Input of `fal-ai/minimax/image-01` (text-to-image)."""

    prompt: str
    """Prompt: string, 1 to 1,500 characters."""
    aspect_ratio: MinimaxImage01InputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "1:1", "16:9", "4:3", "3:2", "2:3", "3:4", "9:16", "21:9". Server
    default: "1:1"."""
    num_images: int | Unset = UNSET
    """Num Images: integer, 1 to 9. Server default: 1."""
    prompt_optimizer: bool | Unset = UNSET
    """Prompt Optimizer: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        num_images = self.num_images

        prompt_optimizer = self.prompt_optimizer

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if prompt_optimizer is not UNSET:
            field_dict["prompt_optimizer"] = prompt_optimizer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: MinimaxImage01InputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_minimax_image_01_input_aspect_ratio(_aspect_ratio)

        num_images = d.pop("num_images", UNSET)

        prompt_optimizer = d.pop("prompt_optimizer", UNSET)

        minimax_image_01_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            num_images=num_images,
            prompt_optimizer=prompt_optimizer,
        )

        return minimax_image_01_input
