from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ltx_2322b_image_to_video_input_acceleration import (
    Ltx2322BImageToVideoInputAcceleration,
    check_ltx_2322b_image_to_video_input_acceleration,
)
from ..models.ltx_2322b_image_to_video_input_camera_lora import (
    Ltx2322BImageToVideoInputCameraLora,
    check_ltx_2322b_image_to_video_input_camera_lora,
)
from ..models.ltx_2322b_image_to_video_input_interpolation_direction import (
    Ltx2322BImageToVideoInputInterpolationDirection,
    check_ltx_2322b_image_to_video_input_interpolation_direction,
)
from ..models.ltx_2322b_image_to_video_input_scheduler import (
    Ltx2322BImageToVideoInputScheduler,
    check_ltx_2322b_image_to_video_input_scheduler,
)
from ..models.ltx_2322b_image_to_video_input_video_output_type import (
    Ltx2322BImageToVideoInputVideoOutputType,
    check_ltx_2322b_image_to_video_input_video_output_type,
)
from ..models.ltx_2322b_image_to_video_input_video_quality import (
    Ltx2322BImageToVideoInputVideoQuality,
    check_ltx_2322b_image_to_video_input_video_quality,
)
from ..models.ltx_2322b_image_to_video_input_video_size_type_1 import (
    Ltx2322BImageToVideoInputVideoSizeType1,
    check_ltx_2322b_image_to_video_input_video_size_type_1,
)
from ..models.ltx_2322b_image_to_video_input_video_write_mode import (
    Ltx2322BImageToVideoInputVideoWriteMode,
    check_ltx_2322b_image_to_video_input_video_write_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from .ltx_2322b_image_to_video_output import Ltx2322BImageToVideoOutput  # noqa: F401


T = TypeVar("T", bound="Ltx2322BImageToVideoInput")


@_attrs_define
class Ltx2322BImageToVideoInput(
    FalInput["Ltx2322BImageToVideoOutput"], endpoint="fal-ai/ltx-2.3-22b/image-to-video"
):
    """Input of `fal-ai/ltx-2.3-22b/image-to-video` (image-to-video). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    acceleration: Ltx2322BImageToVideoInputAcceleration | Unset = UNSET
    """One of "none", "regular", "high", "full". Server default: "regular"."""
    audio_cfg_scale: float | Unset = UNSET
    """Number. Server default: 7."""
    audio_modality_scale: float | Unset = UNSET
    """Number. Server default: 3."""
    audio_rescaling_scale: float | Unset = UNSET
    """Number. Server default: 0.7."""
    audio_stg_scale: float | Unset = UNSET
    """Number."""
    camera_lora: Ltx2322BImageToVideoInputCameraLora | Unset = UNSET
    """One of "dolly_in", "dolly_out", "dolly_left", "dolly_right", "jib_up", "jib_down", "static",
    "none". Server default: "none"."""
    camera_lora_scale: float | Unset = UNSET
    """Number. Server default: 1."""
    distill_lora_first_pass_scale: float | Unset = UNSET
    """Number. Server default: 0.2."""
    distill_lora_second_pass_scale: float | Unset = UNSET
    """Number. Server default: 0.5."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Boolean. Server default: true."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    end_image_strength: float | Unset = UNSET
    """Number. Server default: 1."""
    end_image_url: str | Unset = UNSET
    """URL or local file."""
    fps: float | Unset = UNSET
    """Number. Server default: 24."""
    generate_audio: bool | Unset = UNSET
    """Boolean. Server default: true."""
    gradient_estimation_gamma: float | Unset = UNSET
    """Number. Server default: 2."""
    image_strength: float | Unset = UNSET
    """Number. Server default: 1."""
    interpolation_direction: Ltx2322BImageToVideoInputInterpolationDirection | Unset = UNSET
    """One of "forward", "backward". Server default: "forward"."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: "news broadcast, 3d animation, computer graphics, pc game, console
    game, video game, cartoon, childish, watermark, logo, text, on screen text, subtitles,
    titles, signature, slowmo, static"."""
    num_frames: float | Unset = UNSET
    """Number. Server default: 121."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 40."""
    scheduler: Ltx2322BImageToVideoInputScheduler | Unset = UNSET
    """One of "ltx2", "linear_quadratic", "beta". Server default: "ltx2"."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""
    use_multiscale: bool | Unset = UNSET
    """Boolean. Server default: true."""
    use_restart_sampling: bool | Unset = UNSET
    """Boolean."""
    video_cfg_scale: float | Unset = UNSET
    """Number. Server default: 3."""
    video_modality_scale: float | Unset = UNSET
    """Number. Server default: 3."""
    video_output_type: Ltx2322BImageToVideoInputVideoOutputType | Unset = UNSET
    """One of "X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)". Server default:
    "X264 (.mp4)"."""
    video_quality: Ltx2322BImageToVideoInputVideoQuality | Unset = UNSET
    """One of "low", "medium", "high", "maximum". Server default: "high"."""
    video_rescaling_scale: float | Unset = UNSET
    """Number. Server default: 0.7."""
    video_size: ImageSizeV9A3DFF | Ltx2322BImageToVideoInputVideoSizeType1 | Unset = UNSET
    """ImageSizeV9A3DFF or one of "auto", "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "auto"."""
    video_stg_scale: float | Unset = UNSET
    """Number."""
    video_write_mode: Ltx2322BImageToVideoInputVideoWriteMode | Unset = UNSET
    """One of "fast", "balanced", "small". Server default: "balanced"."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        image_url = self.image_url

        prompt = self.prompt

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

        audio_cfg_scale = self.audio_cfg_scale

        audio_modality_scale = self.audio_modality_scale

        audio_rescaling_scale = self.audio_rescaling_scale

        audio_stg_scale = self.audio_stg_scale

        camera_lora: str | Unset = UNSET
        if not isinstance(self.camera_lora, Unset):
            camera_lora = self.camera_lora

        camera_lora_scale = self.camera_lora_scale

        distill_lora_first_pass_scale = self.distill_lora_first_pass_scale

        distill_lora_second_pass_scale = self.distill_lora_second_pass_scale

        enable_prompt_expansion = self.enable_prompt_expansion

        enable_safety_checker = self.enable_safety_checker

        end_image_strength = self.end_image_strength

        end_image_url = self.end_image_url

        fps = self.fps

        generate_audio = self.generate_audio

        gradient_estimation_gamma = self.gradient_estimation_gamma

        image_strength = self.image_strength

        interpolation_direction: str | Unset = UNSET
        if not isinstance(self.interpolation_direction, Unset):
            interpolation_direction = self.interpolation_direction

        negative_prompt = self.negative_prompt

        num_frames = self.num_frames

        num_inference_steps = self.num_inference_steps

        scheduler: str | Unset = UNSET
        if not isinstance(self.scheduler, Unset):
            scheduler = self.scheduler

        seed = self.seed

        sync_mode = self.sync_mode

        use_multiscale = self.use_multiscale

        use_restart_sampling = self.use_restart_sampling

        video_cfg_scale = self.video_cfg_scale

        video_modality_scale = self.video_modality_scale

        video_output_type: str | Unset = UNSET
        if not isinstance(self.video_output_type, Unset):
            video_output_type = self.video_output_type

        video_quality: str | Unset = UNSET
        if not isinstance(self.video_quality, Unset):
            video_quality = self.video_quality

        video_rescaling_scale = self.video_rescaling_scale

        video_size: dict[str, Any] | str | Unset
        if isinstance(self.video_size, Unset):
            video_size = UNSET
        elif isinstance(self.video_size, ImageSizeV9A3DFF):
            video_size = self.video_size.to_dict()
        else:
            video_size = self.video_size

        video_stg_scale = self.video_stg_scale

        video_write_mode: str | Unset = UNSET
        if not isinstance(self.video_write_mode, Unset):
            video_write_mode = self.video_write_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration
        if audio_cfg_scale is not UNSET:
            field_dict["audio_cfg_scale"] = audio_cfg_scale
        if audio_modality_scale is not UNSET:
            field_dict["audio_modality_scale"] = audio_modality_scale
        if audio_rescaling_scale is not UNSET:
            field_dict["audio_rescaling_scale"] = audio_rescaling_scale
        if audio_stg_scale is not UNSET:
            field_dict["audio_stg_scale"] = audio_stg_scale
        if camera_lora is not UNSET:
            field_dict["camera_lora"] = camera_lora
        if camera_lora_scale is not UNSET:
            field_dict["camera_lora_scale"] = camera_lora_scale
        if distill_lora_first_pass_scale is not UNSET:
            field_dict["distill_lora_first_pass_scale"] = distill_lora_first_pass_scale
        if distill_lora_second_pass_scale is not UNSET:
            field_dict["distill_lora_second_pass_scale"] = distill_lora_second_pass_scale
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if end_image_strength is not UNSET:
            field_dict["end_image_strength"] = end_image_strength
        if end_image_url is not UNSET:
            field_dict["end_image_url"] = end_image_url
        if fps is not UNSET:
            field_dict["fps"] = fps
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if gradient_estimation_gamma is not UNSET:
            field_dict["gradient_estimation_gamma"] = gradient_estimation_gamma
        if image_strength is not UNSET:
            field_dict["image_strength"] = image_strength
        if interpolation_direction is not UNSET:
            field_dict["interpolation_direction"] = interpolation_direction
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if scheduler is not UNSET:
            field_dict["scheduler"] = scheduler
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if use_multiscale is not UNSET:
            field_dict["use_multiscale"] = use_multiscale
        if use_restart_sampling is not UNSET:
            field_dict["use_restart_sampling"] = use_restart_sampling
        if video_cfg_scale is not UNSET:
            field_dict["video_cfg_scale"] = video_cfg_scale
        if video_modality_scale is not UNSET:
            field_dict["video_modality_scale"] = video_modality_scale
        if video_output_type is not UNSET:
            field_dict["video_output_type"] = video_output_type
        if video_quality is not UNSET:
            field_dict["video_quality"] = video_quality
        if video_rescaling_scale is not UNSET:
            field_dict["video_rescaling_scale"] = video_rescaling_scale
        if video_size is not UNSET:
            field_dict["video_size"] = video_size
        if video_stg_scale is not UNSET:
            field_dict["video_stg_scale"] = video_stg_scale
        if video_write_mode is not UNSET:
            field_dict["video_write_mode"] = video_write_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: Ltx2322BImageToVideoInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_ltx_2322b_image_to_video_input_acceleration(_acceleration)

        audio_cfg_scale = d.pop("audio_cfg_scale", UNSET)

        audio_modality_scale = d.pop("audio_modality_scale", UNSET)

        audio_rescaling_scale = d.pop("audio_rescaling_scale", UNSET)

        audio_stg_scale = d.pop("audio_stg_scale", UNSET)

        _camera_lora = d.pop("camera_lora", UNSET)
        camera_lora: Ltx2322BImageToVideoInputCameraLora | Unset
        if isinstance(_camera_lora, Unset):
            camera_lora = UNSET
        else:
            camera_lora = check_ltx_2322b_image_to_video_input_camera_lora(_camera_lora)

        camera_lora_scale = d.pop("camera_lora_scale", UNSET)

        distill_lora_first_pass_scale = d.pop("distill_lora_first_pass_scale", UNSET)

        distill_lora_second_pass_scale = d.pop("distill_lora_second_pass_scale", UNSET)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        end_image_strength = d.pop("end_image_strength", UNSET)

        end_image_url = d.pop("end_image_url", UNSET)

        fps = d.pop("fps", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        gradient_estimation_gamma = d.pop("gradient_estimation_gamma", UNSET)

        image_strength = d.pop("image_strength", UNSET)

        _interpolation_direction = d.pop("interpolation_direction", UNSET)
        interpolation_direction: Ltx2322BImageToVideoInputInterpolationDirection | Unset
        if isinstance(_interpolation_direction, Unset):
            interpolation_direction = UNSET
        else:
            interpolation_direction = check_ltx_2322b_image_to_video_input_interpolation_direction(
                _interpolation_direction
            )

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_frames = d.pop("num_frames", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        _scheduler = d.pop("scheduler", UNSET)
        scheduler: Ltx2322BImageToVideoInputScheduler | Unset
        if isinstance(_scheduler, Unset):
            scheduler = UNSET
        else:
            scheduler = check_ltx_2322b_image_to_video_input_scheduler(_scheduler)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        use_multiscale = d.pop("use_multiscale", UNSET)

        use_restart_sampling = d.pop("use_restart_sampling", UNSET)

        video_cfg_scale = d.pop("video_cfg_scale", UNSET)

        video_modality_scale = d.pop("video_modality_scale", UNSET)

        _video_output_type = d.pop("video_output_type", UNSET)
        video_output_type: Ltx2322BImageToVideoInputVideoOutputType | Unset
        if isinstance(_video_output_type, Unset):
            video_output_type = UNSET
        else:
            video_output_type = check_ltx_2322b_image_to_video_input_video_output_type(
                _video_output_type
            )

        _video_quality = d.pop("video_quality", UNSET)
        video_quality: Ltx2322BImageToVideoInputVideoQuality | Unset
        if isinstance(_video_quality, Unset):
            video_quality = UNSET
        else:
            video_quality = check_ltx_2322b_image_to_video_input_video_quality(_video_quality)

        video_rescaling_scale = d.pop("video_rescaling_scale", UNSET)

        def _parse_video_size(
            data: object,
        ) -> ImageSizeV9A3DFF | Ltx2322BImageToVideoInputVideoSizeType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                video_size_type_0 = ImageSizeV9A3DFF.from_dict(data)

                return video_size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            video_size_type_1 = check_ltx_2322b_image_to_video_input_video_size_type_1(data)

            return video_size_type_1

        video_size = _parse_video_size(d.pop("video_size", UNSET))

        video_stg_scale = d.pop("video_stg_scale", UNSET)

        _video_write_mode = d.pop("video_write_mode", UNSET)
        video_write_mode: Ltx2322BImageToVideoInputVideoWriteMode | Unset
        if isinstance(_video_write_mode, Unset):
            video_write_mode = UNSET
        else:
            video_write_mode = check_ltx_2322b_image_to_video_input_video_write_mode(
                _video_write_mode
            )

        ltx_2322b_image_to_video_input = cls(
            image_url=image_url,
            prompt=prompt,
            acceleration=acceleration,
            audio_cfg_scale=audio_cfg_scale,
            audio_modality_scale=audio_modality_scale,
            audio_rescaling_scale=audio_rescaling_scale,
            audio_stg_scale=audio_stg_scale,
            camera_lora=camera_lora,
            camera_lora_scale=camera_lora_scale,
            distill_lora_first_pass_scale=distill_lora_first_pass_scale,
            distill_lora_second_pass_scale=distill_lora_second_pass_scale,
            enable_prompt_expansion=enable_prompt_expansion,
            enable_safety_checker=enable_safety_checker,
            end_image_strength=end_image_strength,
            end_image_url=end_image_url,
            fps=fps,
            generate_audio=generate_audio,
            gradient_estimation_gamma=gradient_estimation_gamma,
            image_strength=image_strength,
            interpolation_direction=interpolation_direction,
            negative_prompt=negative_prompt,
            num_frames=num_frames,
            num_inference_steps=num_inference_steps,
            scheduler=scheduler,
            seed=seed,
            sync_mode=sync_mode,
            use_multiscale=use_multiscale,
            use_restart_sampling=use_restart_sampling,
            video_cfg_scale=video_cfg_scale,
            video_modality_scale=video_modality_scale,
            video_output_type=video_output_type,
            video_quality=video_quality,
            video_rescaling_scale=video_rescaling_scale,
            video_size=video_size,
            video_stg_scale=video_stg_scale,
            video_write_mode=video_write_mode,
        )

        return ltx_2322b_image_to_video_input
