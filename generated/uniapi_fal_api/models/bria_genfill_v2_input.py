from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bria_genfill_v2_output import BriaGenfillV2Output  # noqa: F401


T = TypeVar("T", bound="BriaGenfillV2Input")


@_attrs_define
class BriaGenfillV2Input(FalInput["BriaGenfillV2Output"], endpoint="bria/genfill/v2"):
    """Input of `bria/genfill/v2` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    instruction: str
    """String."""
    mask_url: str
    """URL or local file."""
    seed: float | Unset = UNSET
    """Number. Server default: 5555."""
    steps_num: float | Unset = UNSET
    """Number. Server default: 30."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        instruction = self.instruction

        mask_url = self.mask_url

        seed = self.seed

        steps_num = self.steps_num

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "instruction": instruction,
                "mask_url": mask_url,
            }
        )
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
        image_url = d.pop("image_url")

        instruction = d.pop("instruction")

        mask_url = d.pop("mask_url")

        seed = d.pop("seed", UNSET)

        steps_num = d.pop("steps_num", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        bria_genfill_v2_input = cls(
            image_url=image_url,
            instruction=instruction,
            mask_url=mask_url,
            seed=seed,
            steps_num=steps_num,
            sync_mode=sync_mode,
        )

        return bria_genfill_v2_input
