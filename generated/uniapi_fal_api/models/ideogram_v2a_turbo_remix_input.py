from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ideogram_v2a_turbo_remix_input_aspect_ratio import (
    IdeogramV2ATurboRemixInputAspectRatio,
    check_ideogram_v2a_turbo_remix_input_aspect_ratio,
)
from ..models.ideogram_v2a_turbo_remix_input_style import (
    IdeogramV2ATurboRemixInputStyle,
    check_ideogram_v2a_turbo_remix_input_style,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ideogram_v2a_turbo_remix_output import IdeogramV2ATurboRemixOutput  # noqa: F401


T = TypeVar("T", bound="IdeogramV2ATurboRemixInput")


@_attrs_define
class IdeogramV2ATurboRemixInput(
    FalInput["IdeogramV2ATurboRemixOutput"], endpoint="fal-ai/ideogram/v2a/turbo/remix"
):
    """Input of `fal-ai/ideogram/v2a/turbo/remix` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    aspect_ratio: IdeogramV2ATurboRemixInputAspectRatio | Unset = UNSET
    """One of "10:16", "16:10", "9:16", "16:9", "4:3", "3:4", "1:1", "1:3", ... (11 values). Server
    default: "1:1"."""
    expand_prompt: bool | Unset = UNSET
    """Boolean. Server default: true."""
    seed: float | Unset = UNSET
    """Number."""
    strength: float | Unset = UNSET
    """Number. Server default: 0.8."""
    style: IdeogramV2ATurboRemixInputStyle | Unset = UNSET
    """One of "auto", "general", "realistic", "design", "render_3D", "anime". Server default:
    "auto"."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        expand_prompt = self.expand_prompt

        seed = self.seed

        strength = self.strength

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if expand_prompt is not UNSET:
            field_dict["expand_prompt"] = expand_prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if strength is not UNSET:
            field_dict["strength"] = strength
        if style is not UNSET:
            field_dict["style"] = style
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: IdeogramV2ATurboRemixInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_ideogram_v2a_turbo_remix_input_aspect_ratio(_aspect_ratio)

        expand_prompt = d.pop("expand_prompt", UNSET)

        seed = d.pop("seed", UNSET)

        strength = d.pop("strength", UNSET)

        _style = d.pop("style", UNSET)
        style: IdeogramV2ATurboRemixInputStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_ideogram_v2a_turbo_remix_input_style(_style)

        sync_mode = d.pop("sync_mode", UNSET)

        ideogram_v2a_turbo_remix_input = cls(
            image_url=image_url,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            expand_prompt=expand_prompt,
            seed=seed,
            strength=strength,
            style=style,
            sync_mode=sync_mode,
        )

        return ideogram_v2a_turbo_remix_input
