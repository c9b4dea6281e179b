from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.longcat_video_distilled_image_to_video_720p_input_video_output_type import (
    LongcatVideoDistilledImageToVideo720PInputVideoOutputType,
    check_longcat_video_distilled_image_to_video_720p_input_video_output_type,
)
from ..models.longcat_video_distilled_image_to_video_720p_input_video_quality import (
    LongcatVideoDistilledImageToVideo720PInputVideoQuality,
    check_longcat_video_distilled_image_to_video_720p_input_video_quality,
)
from ..models.longcat_video_distilled_image_to_video_720p_input_video_write_mode import (
    LongcatVideoDistilledImageToVideo720PInputVideoWriteMode,
    check_longcat_video_distilled_image_to_video_720p_input_video_write_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .longcat_video_distilled_image_to_video_720p_output import (
        LongcatVideoDistilledImageToVideo720POutput,  # noqa: F401
    )


T = TypeVar("T", bound="LongcatVideoDistilledImageToVideo720PInput")


@_attrs_define
class LongcatVideoDistilledImageToVideo720PInput(
    FalInput["LongcatVideoDistilledImageToVideo720POutput"],
    endpoint="fal-ai/longcat-video/distilled/image-to-video/720p",
):
    """Input of `fal-ai/longcat-video/distilled/image-to-video/720p` (image-to-video)."""

    image_url: str
    """Image URL: string."""
    prompt: str | Unset = UNSET
    """Prompt: string. Server default: "First-person view from the cockpit of a Formula 1 car. The
    driver's gloved hands firmly grip the intricate, carbon-fiber steering wheel adorned with
    numerous colorful buttons and a vibrant digital display showing race data. Beyond the
    windshield, a sun-drenched racetrack stretches ahead, lined with cheering spectators in the
    grandstands. Several rival cars are visible in the distance, creating a dynamic sense of
    competition. The sky above is a clear, brilliant blue, reflecting the exhilarating
    atmosphere of a high-speed race. high resolution 4k"."""
    num_frames: int | Unset = UNSET
    """Number of Frames: integer, 17 to 961. Server default: 162."""
    num_inference_steps: int | Unset = UNSET
    """Number of Inference Steps: integer, 2 to 16. Server default: 12."""
    num_refine_inference_steps: int | Unset = UNSET
    """Number of Refinement Inference Steps: integer, 2 to 16. Server default: 12."""
    fps: int | Unset = UNSET
    """FPS: integer, 1 to 60. Server default: 30."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Enable Prompt Expansion: boolean. Server default: false."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""
    video_output_type: LongcatVideoDistilledImageToVideo720PInputVideoOutputType | Unset = UNSET
    """Video Output Type: one of "X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)".
    Server default: "X264 (.mp4)"."""
    video_quality: LongcatVideoDistilledImageToVideo720PInputVideoQuality | Unset = UNSET
    """Video Quality: one of "low", "medium", "high", "maximum". Server default: "high"."""
    video_write_mode: LongcatVideoDistilledImageToVideo720PInputVideoWriteMode | Unset = UNSET
    """Video Write Mode: one of "fast", "balanced", "small". Server default: "balanced"."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        num_frames = self.num_frames

        num_inference_steps = self.num_inference_steps

        num_refine_inference_steps = self.num_refine_inference_steps

        fps = self.fps

        seed = self.seed

        enable_prompt_expansion = self.enable_prompt_expansion

        enable_safety_checker = self.enable_safety_checker

        video_output_type: str | Unset = UNSET
        if not isinstance(self.video_output_type, Unset):
            video_output_type = self.video_output_type

        video_quality: str | Unset = UNSET
        if not isinstance(self.video_quality, Unset):
            video_quality = self.video_quality

        video_write_mode: str | Unset = UNSET
        if not isinstance(self.video_write_mode, Unset):
            video_write_mode = self.video_write_mode

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if num_refine_inference_steps is not UNSET:
            field_dict["num_refine_inference_steps"] = num_refine_inference_steps
        if fps is not UNSET:
            field_dict["fps"] = fps
        if seed is not UNSET:
            field_dict["seed"] = seed
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if video_output_type is not UNSET:
            field_dict["video_output_type"] = video_output_type
        if video_quality is not UNSET:
            field_dict["video_quality"] = video_quality
        if video_write_mode is not UNSET:
            field_dict["video_write_mode"] = video_write_mode
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt", UNSET)

        num_frames = d.pop("num_frames", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        num_refine_inference_steps = d.pop("num_refine_inference_steps", UNSET)

        fps = d.pop("fps", UNSET)

        seed = d.pop("seed", UNSET)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _video_output_type = d.pop("video_output_type", UNSET)
        video_output_type: LongcatVideoDistilledImageToVideo720PInputVideoOutputType | Unset
        if isinstance(_video_output_type, Unset):
            video_output_type = UNSET
        else:
            video_output_type = (
                check_longcat_video_distilled_image_to_video_720p_input_video_output_type(
                    _video_output_type
                )
            )

        _video_quality = d.pop("video_quality", UNSET)
        video_quality: LongcatVideoDistilledImageToVideo720PInputVideoQuality | Unset
        if isinstance(_video_quality, Unset):
            video_quality = UNSET
        else:
            video_quality = check_longcat_video_distilled_image_to_video_720p_input_video_quality(
                _video_quality
            )

        _video_write_mode = d.pop("video_write_mode", UNSET)
        video_write_mode: LongcatVideoDistilledImageToVideo720PInputVideoWriteMode | Unset
        if isinstance(_video_write_mode, Unset):
            video_write_mode = UNSET
        else:
            video_write_mode = (
                check_longcat_video_distilled_image_to_video_720p_input_video_write_mode(
                    _video_write_mode
                )
            )

        sync_mode = d.pop("sync_mode", UNSET)

        longcat_video_distilled_image_to_video_720p_input = cls(
            image_url=image_url,
            prompt=prompt,
            num_frames=num_frames,
            num_inference_steps=num_inference_steps,
            num_refine_inference_steps=num_refine_inference_steps,
            fps=fps,
            seed=seed,
            enable_prompt_expansion=enable_prompt_expansion,
            enable_safety_checker=enable_safety_checker,
            video_output_type=video_output_type,
            video_quality=video_quality,
            video_write_mode=video_write_mode,
            sync_mode=sync_mode,
        )

        return longcat_video_distilled_image_to_video_720p_input
