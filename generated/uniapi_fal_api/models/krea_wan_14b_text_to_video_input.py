from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .krea_wan_14b_text_to_video_output import KreaWan14BTextToVideoOutput  # noqa: F401


T = TypeVar("T", bound="KreaWan14BTextToVideoInput")


@_attrs_define
class KreaWan14BTextToVideoInput(
    FalInput["KreaWan14BTextToVideoOutput"], endpoint="fal-ai/krea-wan-14b/text-to-video"
):
    """Input of `fal-ai/krea-wan-14b/text-to-video` (text-to-video)."""

    prompt: str
    """Prompt: string."""
    num_frames: int | Unset = UNSET
    """Num Frames: integer, 18 to 162. Server default: 78."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Enable Prompt Expansion: boolean. Server default: false."""
    seed: int | None | Unset = UNSET
    """Seed: integer or None."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        num_frames = self.num_frames

        enable_prompt_expansion = self.enable_prompt_expansion

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        num_frames = d.pop("num_frames", UNSET)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        krea_wan_14b_text_to_video_input = cls(
            prompt=prompt,
            num_frames=num_frames,
            enable_prompt_expansion=enable_prompt_expansion,
            seed=seed,
        )

        return krea_wan_14b_text_to_video_input
