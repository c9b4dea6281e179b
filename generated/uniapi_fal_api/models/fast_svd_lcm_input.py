from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .fast_svd_lcm_output import FastSvdLcmOutput  # noqa: F401


T = TypeVar("T", bound="FastSvdLcmInput")


@_attrs_define
class FastSvdLcmInput(FalInput["FastSvdLcmOutput"], endpoint="fal-ai/fast-svd-lcm"):
    """Input of `fal-ai/fast-svd-lcm` (image-to-video)."""

    image_url: str
    """Image Url: string."""
    motion_bucket_id: int | Unset = UNSET
    """Motion Bucket Id: integer, 1 to 255. Server default: 127."""
    cond_aug: float | Unset = UNSET
    """Cond Aug: number, 0 to 10. Server default: 0.02."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    steps: int | Unset = UNSET
    """Steps: integer, 1 to 20. Server default: 4."""
    fps: int | Unset = UNSET
    """Fps: integer, 1 to 25. Server default: 10."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        motion_bucket_id = self.motion_bucket_id

        cond_aug = self.cond_aug

        seed = self.seed

        steps = self.steps

        fps = self.fps

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if motion_bucket_id is not UNSET:
            field_dict["motion_bucket_id"] = motion_bucket_id
        if cond_aug is not UNSET:
            field_dict["cond_aug"] = cond_aug
        if seed is not UNSET:
            field_dict["seed"] = seed
        if steps is not UNSET:
            field_dict["steps"] = steps
        if fps is not UNSET:
            field_dict["fps"] = fps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        motion_bucket_id = d.pop("motion_bucket_id", UNSET)

        cond_aug = d.pop("cond_aug", UNSET)

        seed = d.pop("seed", UNSET)

        steps = d.pop("steps", UNSET)

        fps = d.pop("fps", UNSET)

        fast_svd_lcm_input = cls(
            image_url=image_url,
            motion_bucket_id=motion_bucket_id,
            cond_aug=cond_aug,
            seed=seed,
            steps=steps,
            fps=fps,
        )

        return fast_svd_lcm_input
