from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.kling_video_v3_pro_motion_control_input_character_orientation import (
    KlingVideoV3ProMotionControlInputCharacterOrientation,
    check_kling_video_v3_pro_motion_control_input_character_orientation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.element_input import ElementInput
    from .kling_video_v3_pro_motion_control_output import (
        KlingVideoV3ProMotionControlOutput,  # noqa: F401
    )


T = TypeVar("T", bound="KlingVideoV3ProMotionControlInput")


@_attrs_define
class KlingVideoV3ProMotionControlInput(
    FalInput["KlingVideoV3ProMotionControlOutput"],
    endpoint="fal-ai/kling-video/v3/pro/motion-control",
):
    """Input of `fal-ai/kling-video/v3/pro/motion-control` (unknown). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    character_orientation: KlingVideoV3ProMotionControlInputCharacterOrientation
    """One of "image", "video"."""
    image_url: str
    """URL or local file."""
    video_url: str
    """URL or local file."""
    elements: list[ElementInput] | Unset = UNSET
    """List of ElementInput."""
    keep_original_sound: bool | Unset = UNSET
    """Boolean. Server default: true."""
    prompt: str | Unset = UNSET
    """String."""

    def to_dict(self) -> dict[str, Any]:
        character_orientation: str = self.character_orientation

        image_url = self.image_url

        video_url = self.video_url

        elements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.elements, Unset):
            elements = []
            for elements_item_data in self.elements:
                elements_item = elements_item_data.to_dict()
                elements.append(elements_item)

        keep_original_sound = self.keep_original_sound

        prompt = self.prompt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "character_orientation": character_orientation,
                "image_url": image_url,
                "video_url": video_url,
            }
        )
        if elements is not UNSET:
            field_dict["elements"] = elements
        if keep_original_sound is not UNSET:
            field_dict["keep_original_sound"] = keep_original_sound
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.element_input import ElementInput  # noqa: PLC0415

        d = dict(src_dict)
        character_orientation = check_kling_video_v3_pro_motion_control_input_character_orientation(
            d.pop("character_orientation")
        )

        image_url = d.pop("image_url")

        video_url = d.pop("video_url")

        _elements = d.pop("elements", UNSET)
        elements: list[ElementInput] | Unset = UNSET
        if _elements is not UNSET:
            elements = []
            for elements_item_data in _elements:
                elements_item = ElementInput.from_dict(elements_item_data)

                elements.append(elements_item)

        keep_original_sound = d.pop("keep_original_sound", UNSET)

        prompt = d.pop("prompt", UNSET)

        kling_video_v3_pro_motion_control_input = cls(
            character_orientation=character_orientation,
            image_url=image_url,
            video_url=video_url,
            elements=elements,
            keep_original_sound=keep_original_sound,
            prompt=prompt,
        )

        return kling_video_v3_pro_motion_control_input
