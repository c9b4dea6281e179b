from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.fast_svd_lcm_text_to_video_input_video_size_type_1 import (
    FastSvdLcmTextToVideoInputVideoSizeType1,
    check_fast_svd_lcm_text_to_video_input_video_size_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize
    from .fast_svd_lcm_text_to_video_output import FastSvdLcmTextToVideoOutput  # noqa: F401


T = TypeVar("T", bound="FastSvdLcmTextToVideoInput")


@_attrs_define
class FastSvdLcmTextToVideoInput(
    FalInput["FastSvdLcmTextToVideoOutput"], endpoint="fal-ai/fast-svd-lcm/text-to-video"
):
    """Input of `fal-ai/fast-svd-lcm/text-to-video` (text-to-video)."""

    prompt: str
    """Prompt: string."""
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
    video_size: FastSvdLcmTextToVideoInputVideoSizeType1 | ImageSize | Unset = UNSET
    """Video Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "landscape_16_9"."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        prompt = self.prompt

        motion_bucket_id = self.motion_bucket_id

        cond_aug = self.cond_aug

        seed = self.seed

        steps = self.steps

        fps = self.fps

        video_size: dict[str, Any] | str | Unset
        if isinstance(self.video_size, Unset):
            video_size = UNSET
        elif isinstance(self.video_size, ImageSize):
            video_size = self.video_size.to_dict()
        else:
            video_size = self.video_size

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
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
        if video_size is not UNSET:
            field_dict["video_size"] = video_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        motion_bucket_id = d.pop("motion_bucket_id", UNSET)

        cond_aug = d.pop("cond_aug", UNSET)

        seed = d.pop("seed", UNSET)

        steps = d.pop("steps", UNSET)

        fps = d.pop("fps", UNSET)

        def _parse_video_size(
            data: object,
        ) -> FastSvdLcmTextToVideoInputVideoSizeType1 | ImageSize | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                video_size_type_0 = ImageSize.from_dict(data)

                return video_size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            video_size_type_1 = check_fast_svd_lcm_text_to_video_input_video_size_type_1(data)

            return video_size_type_1

        video_size = _parse_video_size(d.pop("video_size", UNSET))

        fast_svd_lcm_text_to_video_input = cls(
            prompt=prompt,
            motion_bucket_id=motion_bucket_id,
            cond_aug=cond_aug,
            seed=seed,
            steps=steps,
            fps=fps,
            video_size=video_size,
        )

        return fast_svd_lcm_text_to_video_input
