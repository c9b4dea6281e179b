from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bria_replace_background_output import BriaReplaceBackgroundOutput  # noqa: F401


T = TypeVar("T", bound="BriaReplaceBackgroundInput")


@_attrs_define
class BriaReplaceBackgroundInput(
    FalInput["BriaReplaceBackgroundOutput"], endpoint="bria/replace-background"
):
    """Input of `bria/replace-background` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str | Unset = UNSET
    """URL or local file. Server default:
    "https://v3b.fal.media/files/b/0a8bea8c/Mztgx0NG3HPdby-4iPqwH_a_coffee_machine_standing_in_the_kitchen.png"."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    prompt: str | Unset = UNSET
    """String."""
    seed: float | Unset = UNSET
    """Number. Server default: 4925634."""
    steps_num: float | Unset = UNSET
    """Number. Server default: 30."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        negative_prompt = self.negative_prompt

        prompt = self.prompt

        seed = self.seed

        steps_num = self.steps_num

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if steps_num is not UNSET:
            field_dict["steps_num"] = steps_num
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        prompt = d.pop("prompt", UNSET)

        seed = d.pop("seed", UNSET)

        steps_num = d.pop("steps_num", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        bria_replace_background_input = cls(
            image_url=image_url,
            negative_prompt=negative_prompt,
            prompt=prompt,
            seed=seed,
            steps_num=steps_num,
            sync_mode=sync_mode,
        )

        return bria_replace_background_input
