from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.bria_video_background_removal_realtime_input_background_color import (
    BriaVideoBackgroundRemovalRealtimeInputBackgroundColor,
    check_bria_video_background_removal_realtime_input_background_color,
)
from ..models.bria_video_background_removal_realtime_input_background_type import (
    BriaVideoBackgroundRemovalRealtimeInputBackgroundType,
    check_bria_video_background_removal_realtime_input_background_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bria_video_background_removal_realtime_output import (
        BriaVideoBackgroundRemovalRealtimeOutput,  # noqa: F401
    )


T = TypeVar("T", bound="BriaVideoBackgroundRemovalRealtimeInput")


@_attrs_define
class BriaVideoBackgroundRemovalRealtimeInput(
    FalInput["BriaVideoBackgroundRemovalRealtimeOutput"],
    endpoint="bria/video/background-removal/realtime",
):
    """Input of `bria/video/background-removal/realtime` (unknown). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    background_color: BriaVideoBackgroundRemovalRealtimeInputBackgroundColor | Unset = UNSET
    """One of "Black", "White", "Gray", "Red", "Green", "Blue", "Yellow", "Cyan", ... (10 values).
    Server default: "Black"."""
    background_image_url: str | Unset = UNSET
    """URL or local file."""
    background_type: BriaVideoBackgroundRemovalRealtimeInputBackgroundType | Unset = UNSET
    """One of "color", "image", "blur". Server default: "color"."""
    blur_strength: float | Unset = UNSET
    """Number. Server default: 50."""
    image_url: str | Unset = UNSET
    """URL or local file. Server default: ""."""

    def to_dict(self) -> dict[str, Any]:
        background_color: str | Unset = UNSET
        if not isinstance(self.background_color, Unset):
            background_color = self.background_color

        background_image_url = self.background_image_url

        background_type: str | Unset = UNSET
        if not isinstance(self.background_type, Unset):
            background_type = self.background_type

        blur_strength = self.blur_strength

        image_url = self.image_url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if background_color is not UNSET:
            field_dict["background_color"] = background_color
        if background_image_url is not UNSET:
            field_dict["background_image_url"] = background_image_url
        if background_type is not UNSET:
            field_dict["background_type"] = background_type
        if blur_strength is not UNSET:
            field_dict["blur_strength"] = blur_strength
        if image_url is not UNSET:
            field_dict["image_url"] = image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _background_color = d.pop("background_color", UNSET)
        background_color: BriaVideoBackgroundRemovalRealtimeInputBackgroundColor | Unset
        if isinstance(_background_color, Unset):
            background_color = UNSET
        else:
            background_color = check_bria_video_background_removal_realtime_input_background_color(
                _background_color
            )

        background_image_url = d.pop("background_image_url", UNSET)

        _background_type = d.pop("background_type", UNSET)
        background_type: BriaVideoBackgroundRemovalRealtimeInputBackgroundType | Unset
        if isinstance(_background_type, Unset):
            background_type = UNSET
        else:
            background_type = check_bria_video_background_removal_realtime_input_background_type(
                _background_type
            )

        blur_strength = d.pop("blur_strength", UNSET)

        image_url = d.pop("image_url", UNSET)

        bria_video_background_removal_realtime_input = cls(
            background_color=background_color,
            background_image_url=background_image_url,
            background_type=background_type,
            blur_strength=blur_strength,
            image_url=image_url,
        )

        return bria_video_background_removal_realtime_input
