from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ideogram_v2_edit_input_style import (
    IdeogramV2EditInputStyle,
    check_ideogram_v2_edit_input_style,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ideogram_v2_edit_output import IdeogramV2EditOutput  # noqa: F401


T = TypeVar("T", bound="IdeogramV2EditInput")


@_attrs_define
class IdeogramV2EditInput(FalInput["IdeogramV2EditOutput"], endpoint="fal-ai/ideogram/v2/edit"):
    """Input of `fal-ai/ideogram/v2/edit` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    mask_url: str
    """URL or local file."""
    prompt: str
    """String."""
    expand_prompt: bool | Unset = UNSET
    """Boolean. Server default: true."""
    seed: float | Unset = UNSET
    """Number."""
    style: IdeogramV2EditInputStyle | Unset = UNSET
    """One of "auto", "general", "realistic", "design", "render_3D", "anime". Server default:
    "auto"."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        mask_url = self.mask_url

        prompt = self.prompt

        expand_prompt = self.expand_prompt

        seed = self.seed

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "prompt": prompt,
            }
        )
        if expand_prompt is not UNSET:
            field_dict["expand_prompt"] = expand_prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if style is not UNSET:
            field_dict["style"] = style
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        mask_url = d.pop("mask_url")

        prompt = d.pop("prompt")

        expand_prompt = d.pop("expand_prompt", UNSET)

        seed = d.pop("seed", UNSET)

        _style = d.pop("style", UNSET)
        style: IdeogramV2EditInputStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_ideogram_v2_edit_input_style(_style)

        sync_mode = d.pop("sync_mode", UNSET)

        ideogram_v2_edit_input = cls(
            image_url=image_url,
            mask_url=mask_url,
            prompt=prompt,
            expand_prompt=expand_prompt,
            seed=seed,
            style=style,
            sync_mode=sync_mode,
        )

        return ideogram_v2_edit_input
