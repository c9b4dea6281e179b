from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ltx_219b_distilled_image_to_video_lora_input_acceleration import (
    Ltx219BDistilledImageToVideoLoraInputAcceleration,
    check_ltx_219b_distilled_image_to_video_lora_input_acceleration,
)
from ..models.ltx_219b_distilled_image_to_video_lora_input_camera_lora import (
    Ltx219BDistilledImageToVideoLoraInputCameraLora,
    check_ltx_219b_distilled_image_to_video_lora_input_camera_lora,
)
from ..models.ltx_219b_distilled_image_to_video_lora_input_interpolation_direction import (
    Ltx219BDistilledImageToVideoLoraInputInterpolationDirection,
    check_ltx_219b_distilled_image_to_video_lora_input_interpolation_direction,
)
from ..models.ltx_219b_distilled_image_to_video_lora_input_video_output_type import (
    Ltx219BDistilledImageToVideoLoraInputVideoOutputType,
    check_ltx_219b_distilled_image_to_video_lora_input_video_output_type,
)
from ..models.ltx_219b_distilled_image_to_video_lora_input_video_quality import (
    Ltx219BDistilledImageToVideoLoraInputVideoQuality,
    check_ltx_219b_distilled_image_to_video_lora_input_video_quality,
)
from ..models.ltx_219b_distilled_image_to_video_lora_input_video_size_type_1 import (
    Ltx219BDistilledImageToVideoLoraInputVideoSizeType1,
    check_ltx_219b_distilled_image_to_video_lora_input_video_size_type_1,
)
from ..models.ltx_219b_distilled_image_to_video_lora_input_video_write_mode import (
    Ltx219BDistilledImageToVideoLoraInputVideoWriteMode,
    check_ltx_219b_distilled_image_to_video_lora_input_video_write_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from ..models.lo_ra_input_vd91458 import LoRAInputVD91458
    from .ltx_219b_distilled_image_to_video_lora_output import (
        Ltx219BDistilledImageToVideoLoraOutput,  # noqa: F401
    )


T = TypeVar("T", bound="Ltx219BDistilledImageToVideoLoraInput")


@_attrs_define
class Ltx219BDistilledImageToVideoLoraInput(
    FalInput["Ltx219BDistilledImageToVideoLoraOutput"],
    endpoint="fal-ai/ltx-2-19b/distilled/image-to-video/lora",
):
    """Input of `fal-ai/ltx-2-19b/distilled/image-to-video/lora` (image-to-video). fal publishes no constraints for it (it
    comes from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths
    are not.

    """

    image_url: str
    """URL or local file."""
    loras: list[LoRAInputVD91458]
    """List of LoRAInputVD91458."""
    prompt: str
    """String."""
    acceleration: Ltx219BDistilledImageToVideoLoraInputAcceleration | Unset = UNSET
    """One of "none", "regular", "high", "full". Server default: "none"."""
    camera_lora: Ltx219BDistilledImageToVideoLoraInputCameraLora | Unset = UNSET
    """One of "dolly_in", "dolly_out", "dolly_left", "dolly_right", "jib_up", "jib_down", "static",
    "none". Server default: "none"."""
    camera_lora_scale: float | Unset = UNSET
    """Number. Server default: 1."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Boolean. Server default: true."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    end_image_strength: float | Unset = UNSET
    """Number. Server default: 1."""
    end_image_url: str | Unset = UNSET
    """URL or local file."""
    fps: float | Unset = UNSET
    """Number. Server default: 25."""
    generate_audio: bool | Unset = UNSET
    """Boolean. Server default: true."""
    image_strength: float | Unset = UNSET
    """Number. Server default: 1."""
    interpolation_direction: Ltx219BDistilledImageToVideoLoraInputInterpolationDirection | Unset = (
        UNSET
    )
    """One of "forward", "backward". Server default: "forward"."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: "blurry, out of focus, overexposed, underexposed, low contrast,
    washed out colors, excessive noise, grainy texture, poor lighting, flickering, motion blur,
    distorted proportions, unnatural skin tones, deformed facial features, asymmetrical face,
    missing facial features, extra limbs, disfigured hands, wrong hand count, artifacts around
    text, inconsistent perspective, camera shake, incorrect depth of field, background too
    sharp, background clutter, distracting reflections, harsh shadows, inconsistent lighting
    direction, color banding, cartoonish rendering, 3D CGI look, unrealistic materials, uncanny
    valley effect, incorrect ethnicity, wrong gender, exaggerated expressions, wrong gaze
    direction, mismatched lip sync, silent or muted audio, distorted voice, robotic voice, echo,
    background noise, off-sync audio,incorrect dialogue, added dialogue, repetitive speech,
    jittery movement, awkward pauses, incorrect timing, unnatural transitions, inconsistent
    framing, tilted camera, flat lighting, inconsistent tone, cinematic oversaturation, stylized
    filters, or AI artifacts."."""
    num_frames: float | Unset = UNSET
    """Number. Server default: 121."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""
    use_multiscale: bool | Unset = UNSET
    """Boolean. Server default: true."""
    video_output_type: Ltx219BDistilledImageToVideoLoraInputVideoOutputType | Unset = UNSET
    """One of "X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)". Server default:
    "X264 (.mp4)"."""
    video_quality: Ltx219BDistilledImageToVideoLoraInputVideoQuality | Unset = UNSET
    """One of "low", "medium", "high", "maximum". Server default: "high"."""
    video_size: ImageSizeV9A3DFF | Ltx219BDistilledImageToVideoLoraInputVideoSizeType1 | Unset = (
        UNSET
    )
    """ImageSizeV9A3DFF or one of "auto", "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "auto"."""
    video_write_mode: Ltx219BDistilledImageToVideoLoraInputVideoWriteMode | Unset = UNSET
    """One of "fast", "balanced", "small". Server default: "balanced"."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        image_url = self.image_url

        loras = []
        for loras_item_data in self.loras:
            loras_item = loras_item_data.to_dict()
            loras.append(loras_item)

        prompt = self.prompt

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

        camera_lora: str | Unset = UNSET
        if not isinstance(self.camera_lora, Unset):
            camera_lora = self.camera_lora

        camera_lora_scale = self.camera_lora_scale

        enable_prompt_expansion = self.enable_prompt_expansion

        enable_safety_checker = self.enable_safety_checker

        end_image_strength = self.end_image_strength

        end_image_url = self.end_image_url

        fps = self.fps

        generate_audio = self.generate_audio

        image_strength = self.image_strength

        interpolation_direction: str | Unset = UNSET
        if not isinstance(self.interpolation_direction, Unset):
            interpolation_direction = self.interpolation_direction

        negative_prompt = self.negative_prompt

        num_frames = self.num_frames

        seed = self.seed

        sync_mode = self.sync_mode

        use_multiscale = self.use_multiscale

        video_output_type: str | Unset = UNSET
        if not isinstance(self.video_output_type, Unset):
            video_output_type = self.video_output_type

        video_quality: str | Unset = UNSET
        if not isinstance(self.video_quality, Unset):
            video_quality = self.video_quality

        video_size: dict[str, Any] | str | Unset
        if isinstance(self.video_size, Unset):
            video_size = UNSET
        elif isinstance(self.video_size, ImageSizeV9A3DFF):
            video_size = self.video_size.to_dict()
        else:
            video_size = self.video_size

        video_write_mode: str | Unset = UNSET
        if not isinstance(self.video_write_mode, Unset):
            video_write_mode = self.video_write_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "loras": loras,
                "prompt": prompt,
            }
        )
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration
        if camera_lora is not UNSET:
            field_dict["camera_lora"] = camera_lora
        if camera_lora_scale is not UNSET:
            field_dict["camera_lora_scale"] = camera_lora_scale
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
        if image_strength is not UNSET:
            field_dict["image_strength"] = image_strength
        if interpolation_direction is not UNSET:
            field_dict["interpolation_direction"] = interpolation_direction
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if use_multiscale is not UNSET:
            field_dict["use_multiscale"] = use_multiscale
        if video_output_type is not UNSET:
            field_dict["video_output_type"] = video_output_type
        if video_quality is not UNSET:
            field_dict["video_quality"] = video_quality
        if video_size is not UNSET:
            field_dict["video_size"] = video_size
        if video_write_mode is not UNSET:
            field_dict["video_write_mode"] = video_write_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415
        from ..models.lo_ra_input_vd91458 import LoRAInputVD91458  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        loras = []
        _loras = d.pop("loras")
        for loras_item_data in _loras:
            loras_item = LoRAInputVD91458.from_dict(loras_item_data)

            loras.append(loras_item)

        prompt = d.pop("prompt")

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: Ltx219BDistilledImageToVideoLoraInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_ltx_219b_distilled_image_to_video_lora_input_acceleration(
                _acceleration
            )

        _camera_lora = d.pop("camera_lora", UNSET)
        camera_lora: Ltx219BDistilledImageToVideoLoraInputCameraLora | Unset
        if isinstance(_camera_lora, Unset):
            camera_lora = UNSET
        else:
            camera_lora = check_ltx_219b_distilled_image_to_video_lora_input_camera_lora(
                _camera_lora
            )

        camera_lora_scale = d.pop("camera_lora_scale", UNSET)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        end_image_strength = d.pop("end_image_strength", UNSET)

        end_image_url = d.pop("end_image_url", UNSET)

        fps = d.pop("fps", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        image_strength = d.pop("image_strength", UNSET)

        _interpolation_direction = d.pop("interpolation_direction", UNSET)
        interpolation_direction: Ltx219BDistilledImageToVideoLoraInputInterpolationDirection | Unset
        if isinstance(_interpolation_direction, Unset):
            interpolation_direction = UNSET
        else:
            interpolation_direction = (
                check_ltx_219b_distilled_image_to_video_lora_input_interpolation_direction(
                    _interpolation_direction
                )
            )

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_frames = d.pop("num_frames", UNSET)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        use_multiscale = d.pop("use_multiscale", UNSET)

        _video_output_type = d.pop("video_output_type", UNSET)
        video_output_type: Ltx219BDistilledImageToVideoLoraInputVideoOutputType | Unset
        if isinstance(_video_output_type, Unset):
            video_output_type = UNSET
        else:
            video_output_type = (
                check_ltx_219b_distilled_image_to_video_lora_input_video_output_type(
                    _video_output_type
                )
            )

        _video_quality = d.pop("video_quality", UNSET)
        video_quality: Ltx219BDistilledImageToVideoLoraInputVideoQuality | Unset
        if isinstance(_video_quality, Unset):
            video_quality = UNSET
        else:
            video_quality = check_ltx_219b_distilled_image_to_video_lora_input_video_quality(
                _video_quality
            )

        def _parse_video_size(
            data: object,
        ) -> ImageSizeV9A3DFF | Ltx219BDistilledImageToVideoLoraInputVideoSizeType1 | Unset:
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
            video_size_type_1 = (
                check_ltx_219b_distilled_image_to_video_lora_input_video_size_type_1(data)
            )

            return video_size_type_1

        video_size = _parse_video_size(d.pop("video_size", UNSET))

        _video_write_mode = d.pop("video_write_mode", UNSET)
        video_write_mode: Ltx219BDistilledImageToVideoLoraInputVideoWriteMode | Unset
        if isinstance(_video_write_mode, Unset):
            video_write_mode = UNSET
        else:
            video_write_mode = check_ltx_219b_distilled_image_to_video_lora_input_video_write_mode(
                _video_write_mode
            )

        ltx_219b_distilled_image_to_video_lora_input = cls(
            image_url=image_url,
            loras=loras,
            prompt=prompt,
            acceleration=acceleration,
            camera_lora=camera_lora,
            camera_lora_scale=camera_lora_scale,
            enable_prompt_expansion=enable_prompt_expansion,
            enable_safety_checker=enable_safety_checker,
            end_image_strength=end_image_strength,
            end_image_url=end_image_url,
            fps=fps,
            generate_audio=generate_audio,
            image_strength=image_strength,
            interpolation_direction=interpolation_direction,
            negative_prompt=negative_prompt,
            num_frames=num_frames,
            seed=seed,
            sync_mode=sync_mode,
            use_multiscale=use_multiscale,
            video_output_type=video_output_type,
            video_quality=video_quality,
            video_size=video_size,
            video_write_mode=video_write_mode,
        )

        return ltx_219b_distilled_image_to_video_lora_input
