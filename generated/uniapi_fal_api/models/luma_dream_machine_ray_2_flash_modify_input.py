from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.luma_dream_machine_ray_2_flash_modify_input_mode import (
    LumaDreamMachineRay2FlashModifyInputMode,
    check_luma_dream_machine_ray_2_flash_modify_input_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .luma_dream_machine_ray_2_flash_modify_output import (
        LumaDreamMachineRay2FlashModifyOutput,  # noqa: F401
    )


T = TypeVar("T", bound="LumaDreamMachineRay2FlashModifyInput")


@_attrs_define
class LumaDreamMachineRay2FlashModifyInput(
    FalInput["LumaDreamMachineRay2FlashModifyOutput"],
    endpoint="fal-ai/luma-dream-machine/ray-2-flash/modify",
):
    """Input of `fal-ai/luma-dream-machine/ray-2-flash/modify` (video-to-video)."""

    video_url: str
    """Video Url: string."""
    image_url: str | Unset = UNSET
    """Image Url: string."""
    prompt: str | Unset = UNSET
    """Prompt: string, 3 to 5,000 characters."""
    mode: LumaDreamMachineRay2FlashModifyInputMode | Unset = UNSET
    """Mode: one of "adhere_1", "adhere_2", "adhere_3", "flex_1", "flex_2", "flex_3",
    "reimagine_1", "reimagine_2", ... (9 values). Server default: "flex_1"."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        image_url = self.image_url

        prompt = self.prompt

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        image_url = d.pop("image_url", UNSET)

        prompt = d.pop("prompt", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: LumaDreamMachineRay2FlashModifyInputMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_luma_dream_machine_ray_2_flash_modify_input_mode(_mode)

        luma_dream_machine_ray_2_flash_modify_input = cls(
            video_url=video_url,
            image_url=image_url,
            prompt=prompt,
            mode=mode,
        )

        return luma_dream_machine_ray_2_flash_modify_input
