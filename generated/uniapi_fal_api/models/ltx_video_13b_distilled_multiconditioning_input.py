from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ltx_video_13b_distilled_multiconditioning_input_aspect_ratio import (
    LtxVideo13BDistilledMulticonditioningInputAspectRatio,
    check_ltx_video_13b_distilled_multiconditioning_input_aspect_ratio,
)
from ..models.ltx_video_13b_distilled_multiconditioning_input_resolution import (
    LtxVideo13BDistilledMulticonditioningInputResolution,
    check_ltx_video_13b_distilled_multiconditioning_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_conditioning_input import ImageConditioningInput
    from ..models.lo_ra_weight import LoRAWeight
    from ..models.video_conditioning_input import VideoConditioningInput
    from .ltx_video_13b_distilled_multiconditioning_output import (
        LtxVideo13BDistilledMulticonditioningOutput,  # noqa: F401
    )


T = TypeVar("T", bound="LtxVideo13BDistilledMulticonditioningInput")


@_attrs_define
class LtxVideo13BDistilledMulticonditioningInput(
    FalInput["LtxVideo13BDistilledMulticonditioningOutput"],
    endpoint="fal-ai/ltx-video-13b-distilled/multiconditioning",
):
    """Input of `fal-ai/ltx-video-13b-distilled/multiconditioning` (video-to-video)."""

    prompt: str
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: "worst quality, inconsistent motion, blurry,
    jittery, distorted"."""
    loras: list[LoRAWeight] | Unset = UNSET
    """Loras: list of LoRAWeight. Server default: []."""
    resolution: LtxVideo13BDistilledMulticonditioningInputResolution | Unset = UNSET
    """Resolution: one of "480p", "720p". Server default: "720p"."""
    aspect_ratio: LtxVideo13BDistilledMulticonditioningInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "9:16", "1:1", "16:9", "auto". Server default: "auto"."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    num_frames: int | Unset = UNSET
    """Num Frames: integer, 9 to 161. Server default: 121."""
    first_pass_num_inference_steps: int | Unset = UNSET
    """First Pass Num Inference Steps: integer, 2 to 20. Server default: 8."""
    first_pass_skip_final_steps: int | Unset = UNSET
    """First Pass Skip Final Steps: integer, 0 to 20. Server default: 1."""
    second_pass_num_inference_steps: int | Unset = UNSET
    """Second Pass Num Inference Steps: integer, 2 to 20. Server default: 8."""
    second_pass_skip_initial_steps: int | Unset = UNSET
    """Second Pass Skip Initial Steps: integer, 1 to 20. Server default: 5."""
    frame_rate: int | Unset = UNSET
    """Frame Rate: integer, 1 to 60. Server default: 30."""
    expand_prompt: bool | Unset = UNSET
    """Expand Prompt: boolean. Server default: false."""
    reverse_video: bool | Unset = UNSET
    """Reverse Video: boolean. Server default: false."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""
    constant_rate_factor: int | Unset = UNSET
    """Constant Rate Factor: integer, 20 to 60. Server default: 35."""
    images: list[ImageConditioningInput] | Unset = UNSET
    """Images: list of ImageConditioningInput. Server default: []."""
    videos: list[VideoConditioningInput] | Unset = UNSET
    """Videos: list of VideoConditioningInput. Server default: []."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        negative_prompt = self.negative_prompt

        loras: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loras, Unset):
            loras = []
            for loras_item_data in self.loras:
                loras_item = loras_item_data.to_dict()
                loras.append(loras_item)

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        seed = self.seed

        num_frames = self.num_frames

        first_pass_num_inference_steps = self.first_pass_num_inference_steps

        first_pass_skip_final_steps = self.first_pass_skip_final_steps

        second_pass_num_inference_steps = self.second_pass_num_inference_steps

        second_pass_skip_initial_steps = self.second_pass_skip_initial_steps

        frame_rate = self.frame_rate

        expand_prompt = self.expand_prompt

        reverse_video = self.reverse_video

        enable_safety_checker = self.enable_safety_checker

        constant_rate_factor = self.constant_rate_factor

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        videos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.videos, Unset):
            videos = []
            for videos_item_data in self.videos:
                videos_item = videos_item_data.to_dict()
                videos.append(videos_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if loras is not UNSET:
            field_dict["loras"] = loras
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if seed is not UNSET:
            field_dict["seed"] = seed
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if first_pass_num_inference_steps is not UNSET:
            field_dict["first_pass_num_inference_steps"] = first_pass_num_inference_steps
        if first_pass_skip_final_steps is not UNSET:
            field_dict["first_pass_skip_final_steps"] = first_pass_skip_final_steps
        if second_pass_num_inference_steps is not UNSET:
            field_dict["second_pass_num_inference_steps"] = second_pass_num_inference_steps
        if second_pass_skip_initial_steps is not UNSET:
            field_dict["second_pass_skip_initial_steps"] = second_pass_skip_initial_steps
        if frame_rate is not UNSET:
            field_dict["frame_rate"] = frame_rate
        if expand_prompt is not UNSET:
            field_dict["expand_prompt"] = expand_prompt
        if reverse_video is not UNSET:
            field_dict["reverse_video"] = reverse_video
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if constant_rate_factor is not UNSET:
            field_dict["constant_rate_factor"] = constant_rate_factor
        if images is not UNSET:
            field_dict["images"] = images
        if videos is not UNSET:
            field_dict["videos"] = videos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_conditioning_input import ImageConditioningInput  # noqa: PLC0415
        from ..models.lo_ra_weight import LoRAWeight  # noqa: PLC0415
        from ..models.video_conditioning_input import VideoConditioningInput  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        _loras = d.pop("loras", UNSET)
        loras: list[LoRAWeight] | Unset = UNSET
        if _loras is not UNSET:
            loras = []
            for loras_item_data in _loras:
                loras_item = LoRAWeight.from_dict(loras_item_data)

                loras.append(loras_item)

        _resolution = d.pop("resolution", UNSET)
        resolution: LtxVideo13BDistilledMulticonditioningInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_ltx_video_13b_distilled_multiconditioning_input_resolution(
                _resolution
            )

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: LtxVideo13BDistilledMulticonditioningInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_ltx_video_13b_distilled_multiconditioning_input_aspect_ratio(
                _aspect_ratio
            )

        seed = d.pop("seed", UNSET)

        num_frames = d.pop("num_frames", UNSET)

        first_pass_num_inference_steps = d.pop("first_pass_num_inference_steps", UNSET)

        first_pass_skip_final_steps = d.pop("first_pass_skip_final_steps", UNSET)

        second_pass_num_inference_steps = d.pop("second_pass_num_inference_steps", UNSET)

        second_pass_skip_initial_steps = d.pop("second_pass_skip_initial_steps", UNSET)

        frame_rate = d.pop("frame_rate", UNSET)

        expand_prompt = d.pop("expand_prompt", UNSET)

        reverse_video = d.pop("reverse_video", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        constant_rate_factor = d.pop("constant_rate_factor", UNSET)

        _images = d.pop("images", UNSET)
        images: list[ImageConditioningInput] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images_item = ImageConditioningInput.from_dict(images_item_data)

                images.append(images_item)

        _videos = d.pop("videos", UNSET)
        videos: list[VideoConditioningInput] | Unset = UNSET
        if _videos is not UNSET:
            videos = []
            for videos_item_data in _videos:
                videos_item = VideoConditioningInput.from_dict(videos_item_data)

                videos.append(videos_item)

        ltx_video_13b_distilled_multiconditioning_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            loras=loras,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            seed=seed,
            num_frames=num_frames,
            first_pass_num_inference_steps=first_pass_num_inference_steps,
            first_pass_skip_final_steps=first_pass_skip_final_steps,
            second_pass_num_inference_steps=second_pass_num_inference_steps,
            second_pass_skip_initial_steps=second_pass_skip_initial_steps,
            frame_rate=frame_rate,
            expand_prompt=expand_prompt,
            reverse_video=reverse_video,
            enable_safety_checker=enable_safety_checker,
            constant_rate_factor=constant_rate_factor,
            images=images,
            videos=videos,
        )

        return ltx_video_13b_distilled_multiconditioning_input
