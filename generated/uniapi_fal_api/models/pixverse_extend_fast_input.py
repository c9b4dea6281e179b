from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.pixverse_extend_fast_input_model import (
    PixverseExtendFastInputModel,
    check_pixverse_extend_fast_input_model,
)
from ..models.pixverse_extend_fast_input_resolution import (
    PixverseExtendFastInputResolution,
    check_pixverse_extend_fast_input_resolution,
)
from ..models.pixverse_extend_fast_input_style import (
    PixverseExtendFastInputStyle,
    check_pixverse_extend_fast_input_style,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .pixverse_extend_fast_output import PixverseExtendFastOutput  # noqa: F401


T = TypeVar("T", bound="PixverseExtendFastInput")


@_attrs_define
class PixverseExtendFastInput(
    FalInput["PixverseExtendFastOutput"], endpoint="fal-ai/pixverse/extend/fast"
):
    """Input of `fal-ai/pixverse/extend/fast` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    video_url: str
    """URL or local file."""
    generate_audio_switch: bool | Unset = UNSET
    """Boolean."""
    model: PixverseExtendFastInputModel | Unset = UNSET
    """One of "v3.5", "v4", "v4.5", "v5", "v5.5", "v5.6", "v6". Server default: "v4.5"."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    resolution: PixverseExtendFastInputResolution | Unset = UNSET
    """One of "360p", "540p", "720p". Server default: "720p"."""
    seed: float | Unset = UNSET
    """Number."""
    style: PixverseExtendFastInputStyle | Unset = UNSET
    """One of "anime", "3d_animation", "clay", "comic", "cyberpunk"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        video_url = self.video_url

        generate_audio_switch = self.generate_audio_switch

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        negative_prompt = self.negative_prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "video_url": video_url,
            }
        )
        if generate_audio_switch is not UNSET:
            field_dict["generate_audio_switch"] = generate_audio_switch
        if model is not UNSET:
            field_dict["model"] = model
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed
        if style is not UNSET:
            field_dict["style"] = style

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        video_url = d.pop("video_url")

        generate_audio_switch = d.pop("generate_audio_switch", UNSET)

        _model = d.pop("model", UNSET)
        model: PixverseExtendFastInputModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_pixverse_extend_fast_input_model(_model)

        negative_prompt = d.pop("negative_prompt", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: PixverseExtendFastInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_pixverse_extend_fast_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        _style = d.pop("style", UNSET)
        style: PixverseExtendFastInputStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_pixverse_extend_fast_input_style(_style)

        pixverse_extend_fast_input = cls(
            prompt=prompt,
            video_url=video_url,
            generate_audio_switch=generate_audio_switch,
            model=model,
            negative_prompt=negative_prompt,
            resolution=resolution,
            seed=seed,
            style=style,
        )

        return pixverse_extend_fast_input
