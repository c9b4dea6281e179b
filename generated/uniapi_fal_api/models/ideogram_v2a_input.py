from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ideogram_v2a_input_aspect_ratio import (
    IdeogramV2AInputAspectRatio,
    check_ideogram_v2a_input_aspect_ratio,
)
from ..models.ideogram_v2a_input_style import (
    IdeogramV2AInputStyle,
    check_ideogram_v2a_input_style,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ideogram_v2a_output import IdeogramV2AOutput  # noqa: F401


T = TypeVar("T", bound="IdeogramV2AInput")


@_attrs_define
class IdeogramV2AInput(FalInput["IdeogramV2AOutput"], endpoint="fal-ai/ideogram/v2a"):
    """Input of `fal-ai/ideogram/v2a` (text-to-image)."""

    prompt: str
    """Prompt: string."""
    aspect_ratio: IdeogramV2AInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "10:16", "16:10", "9:16", "16:9", "4:3", "3:4", "1:1", "1:3", ... (11
    values). Server default: "1:1"."""
    expand_prompt: bool | Unset = UNSET
    """Expand Prompt: boolean. Server default: true."""
    seed: int | None | Unset = UNSET
    """Seed: integer or None."""
    style: IdeogramV2AInputStyle | Unset = UNSET
    """Style: one of "auto", "general", "realistic", "design", "render_3D", "anime". Server
    default: "auto"."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        expand_prompt = self.expand_prompt

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
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
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: IdeogramV2AInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_ideogram_v2a_input_aspect_ratio(_aspect_ratio)

        expand_prompt = d.pop("expand_prompt", UNSET)

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        _style = d.pop("style", UNSET)
        style: IdeogramV2AInputStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_ideogram_v2a_input_style(_style)

        sync_mode = d.pop("sync_mode", UNSET)

        ideogram_v2a_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            expand_prompt=expand_prompt,
            seed=seed,
            style=style,
            sync_mode=sync_mode,
        )

        return ideogram_v2a_input
