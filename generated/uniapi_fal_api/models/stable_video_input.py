from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .stable_video_output import StableVideoOutput  # noqa: F401


T = TypeVar("T", bound="StableVideoInput")


@_attrs_define
class StableVideoInput(FalInput["StableVideoOutput"], endpoint="fal-ai/stable-video"):
    """Input of `fal-ai/stable-video` (image-to-video)."""

    image_url: str
    """Image Url: string, at least 1 character."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    motion_bucket_id: int | Unset = UNSET
    """Motion Bucket Id: integer, 1 to 255. Server default: 127."""
    cond_aug: float | Unset = UNSET
    """Cond Aug: number, 0 to 10. Server default: 0.02."""
    fps: int | Unset = UNSET
    """Fps: integer, 10 to 100. Server default: 25."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        seed = self.seed

        motion_bucket_id = self.motion_bucket_id

        cond_aug = self.cond_aug

        fps = self.fps

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if seed is not UNSET:
            field_dict["seed"] = seed
        if motion_bucket_id is not UNSET:
            field_dict["motion_bucket_id"] = motion_bucket_id
        if cond_aug is not UNSET:
            field_dict["cond_aug"] = cond_aug
        if fps is not UNSET:
            field_dict["fps"] = fps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        seed = d.pop("seed", UNSET)

        motion_bucket_id = d.pop("motion_bucket_id", UNSET)

        cond_aug = d.pop("cond_aug", UNSET)

        fps = d.pop("fps", UNSET)

        stable_video_input = cls(
            image_url=image_url,
            seed=seed,
            motion_bucket_id=motion_bucket_id,
            cond_aug=cond_aug,
            fps=fps,
        )

        return stable_video_input
