from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.fast_animatediff_turbo_text_to_video_input_motions_item import (
    FastAnimatediffTurboTextToVideoInputMotionsItem,
    check_fast_animatediff_turbo_text_to_video_input_motions_item,
)
from ..models.fast_animatediff_turbo_text_to_video_input_video_size_type_1 import (
    FastAnimatediffTurboTextToVideoInputVideoSizeType1,
    check_fast_animatediff_turbo_text_to_video_input_video_size_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize
    from .fast_animatediff_turbo_text_to_video_output import (
        FastAnimatediffTurboTextToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="FastAnimatediffTurboTextToVideoInput")


@_attrs_define
class FastAnimatediffTurboTextToVideoInput(
    FalInput["FastAnimatediffTurboTextToVideoOutput"],
    endpoint="fal-ai/fast-animatediff/turbo/text-to-video",
):
    """Input of `fal-ai/fast-animatediff/turbo/text-to-video` (text-to-video)."""

    prompt: str
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: "(bad quality, worst quality:1.2), ugly faces, bad
    anime"."""
    num_frames: int | Unset = UNSET
    """Num Frames: integer, 1 to 64. Server default: 16."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 1 to 8. Server default: 4."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 0 to 20. Server default: 1."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    fps: int | Unset = UNSET
    """Fps: integer, 1 to 16. Server default: 8."""
    motions: list[FastAnimatediffTurboTextToVideoInputMotionsItem] | Unset = UNSET
    """Motions: list of one of "zoom-out", "zoom-in", "pan-left", "pan-right", "tilt-up",
    "tilt-down"."""
    video_size: FastAnimatediffTurboTextToVideoInputVideoSizeType1 | ImageSize | Unset = UNSET
    """Video Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "square"."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        num_frames = self.num_frames

        num_inference_steps = self.num_inference_steps

        guidance_scale = self.guidance_scale

        seed = self.seed

        fps = self.fps

        motions: list[str] | Unset = UNSET
        if not isinstance(self.motions, Unset):
            motions = []
            for motions_item_data in self.motions:
                motions_item: str = motions_item_data
                motions.append(motions_item)

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
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if seed is not UNSET:
            field_dict["seed"] = seed
        if fps is not UNSET:
            field_dict["fps"] = fps
        if motions is not UNSET:
            field_dict["motions"] = motions
        if video_size is not UNSET:
            field_dict["video_size"] = video_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_frames = d.pop("num_frames", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        seed = d.pop("seed", UNSET)

        fps = d.pop("fps", UNSET)

        _motions = d.pop("motions", UNSET)
        motions: list[FastAnimatediffTurboTextToVideoInputMotionsItem] | Unset = UNSET
        if _motions is not UNSET:
            motions = []
            for motions_item_data in _motions:
                motions_item = check_fast_animatediff_turbo_text_to_video_input_motions_item(
                    motions_item_data
                )

                motions.append(motions_item)

        def _parse_video_size(
            data: object,
        ) -> FastAnimatediffTurboTextToVideoInputVideoSizeType1 | ImageSize | Unset:
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
            video_size_type_1 = check_fast_animatediff_turbo_text_to_video_input_video_size_type_1(
                data
            )

            return video_size_type_1

        video_size = _parse_video_size(d.pop("video_size", UNSET))

        fast_animatediff_turbo_text_to_video_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            num_frames=num_frames,
            num_inference_steps=num_inference_steps,
            guidance_scale=guidance_scale,
            seed=seed,
            fps=fps,
            motions=motions,
            video_size=video_size,
        )

        return fast_animatediff_turbo_text_to_video_input
