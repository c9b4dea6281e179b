from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ltx_219b_audio_to_video_lora_input_acceleration import (
    Ltx219BAudioToVideoLoraInputAcceleration,
    check_ltx_219b_audio_to_video_lora_input_acceleration,
)
from ..models.ltx_219b_audio_to_video_lora_input_camera_lora import (
    Ltx219BAudioToVideoLoraInputCameraLora,
    check_ltx_219b_audio_to_video_lora_input_camera_lora,
)
from ..models.ltx_219b_audio_to_video_lora_input_video_output_type import (
    Ltx219BAudioToVideoLoraInputVideoOutputType,
    check_ltx_219b_audio_to_video_lora_input_video_output_type,
)
from ..models.ltx_219b_audio_to_video_lora_input_video_quality import (
    Ltx219BAudioToVideoLoraInputVideoQuality,
    check_ltx_219b_audio_to_video_lora_input_video_quality,
)
from ..models.ltx_219b_audio_to_video_lora_input_video_size_type_1 import (
    Ltx219BAudioToVideoLoraInputVideoSizeType1,
    check_ltx_219b_audio_to_video_lora_input_video_size_type_1,
)
from ..models.ltx_219b_audio_to_video_lora_input_video_write_mode import (
    Ltx219BAudioToVideoLoraInputVideoWriteMode,
    check_ltx_219b_audio_to_video_lora_input_video_write_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize
    from ..models.lo_ra_input import LoRAInput
    from .ltx_219b_audio_to_video_lora_output import Ltx219BAudioToVideoLoraOutput  # noqa: F401


T = TypeVar("T", bound="Ltx219BAudioToVideoLoraInput")


@_attrs_define
class Ltx219BAudioToVideoLoraInput(
    FalInput["Ltx219BAudioToVideoLoraOutput"], endpoint="fal-ai/ltx-2-19b/audio-to-video/lora"
):
    """Input of `fal-ai/ltx-2-19b/audio-to-video/lora` (audio-to-video)."""

    prompt: str
    """Prompt: string."""
    audio_url: str
    """Audio URL: string."""
    loras: list[LoRAInput]
    """LoRAs: list of LoRAInput."""
    image_url: None | str | Unset = UNSET
    """Image URL: string or None."""
    match_audio_length: bool | Unset = UNSET
    """Match Audio Length: boolean. Server default: true."""
    num_frames: int | Unset = UNSET
    """Number of Frames: integer, 9 to 481. Server default: 121."""
    video_size: ImageSize | Ltx219BAudioToVideoLoraInputVideoSizeType1 | Unset = UNSET
    """Video Size: ImageSize or one of "auto", "square_hd", "square", "portrait_4_3",
    "portrait_16_9", "landscape_4_3", "landscape_16_9". Server default: "landscape_4_3"."""
    use_multiscale: bool | Unset = UNSET
    """Use Multi-Scale: boolean. Server default: true."""
    fps: float | Unset = UNSET
    """FPS: number, 1 to 60. Server default: 25."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 1 to 10. Server default: 3."""
    num_inference_steps: int | Unset = UNSET
    """Number of Inference Steps: integer, 8 to 50. Server default: 40."""
    acceleration: Ltx219BAudioToVideoLoraInputAcceleration | Unset = UNSET
    """Acceleration: one of "none", "regular", "high", "full". Server default: "regular"."""
    camera_lora: Ltx219BAudioToVideoLoraInputCameraLora | Unset = UNSET
    """Camera LoRA: one of "dolly_in", "dolly_out", "dolly_left", "dolly_right", "jib_up",
    "jib_down", "static", "none". Server default: "none"."""
    camera_lora_scale: float | Unset = UNSET
    """Camera LoRA Scale: number, 0 to 1. Server default: 1."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: "blurry, out of focus, overexposed, underexposed,
    low contrast, washed out colors, excessive noise, grainy texture, poor lighting, flickering,
    motion blur, distorted proportions, unnatural skin tones, deformed facial features,
    asymmetrical face, missing facial features, extra limbs, disfigured hands, wrong hand count,
    artifacts around text, inconsistent perspective, camera shake, incorrect depth of field,
    background too sharp, background clutter, distracting reflections, harsh shadows,
    inconsistent lighting direction, color banding, cartoonish rendering, 3D CGI look,
    unrealistic materials, uncanny valley effect, incorrect ethnicity, wrong gender, exaggerated
    expressions, wrong gaze direction, mismatched lip sync, silent or muted audio, distorted
    voice, robotic voice, echo, background noise, off-sync audio,incorrect dialogue, added
    dialogue, repetitive speech, jittery movement, awkward pauses, incorrect timing, unnatural
    transitions, inconsistent framing, tilted camera, flat lighting, inconsistent tone,
    cinematic oversaturation, stylized filters, or AI artifacts."."""
    seed: int | None | Unset = UNSET
    """Seed: integer or None."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Enable Prompt Expansion: boolean. Server default: false."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""
    video_output_type: Ltx219BAudioToVideoLoraInputVideoOutputType | Unset = UNSET
    """Video Output Type: one of "X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)".
    Server default: "X264 (.mp4)"."""
    video_quality: Ltx219BAudioToVideoLoraInputVideoQuality | Unset = UNSET
    """Video Quality: one of "low", "medium", "high", "maximum". Server default: "high"."""
    video_write_mode: Ltx219BAudioToVideoLoraInputVideoWriteMode | Unset = UNSET
    """Video Write Mode: one of "fast", "balanced", "small". Server default: "balanced"."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    image_strength: float | Unset = UNSET
    """Image Strength: number, 0 to 1. Server default: 1."""
    audio_strength: float | Unset = UNSET
    """Audio Strength: number, 0 to 1. Server default: 1."""
    preprocess_audio: bool | Unset = UNSET
    """Preprocess Audio: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        prompt = self.prompt

        audio_url = self.audio_url

        loras = []
        for loras_item_data in self.loras:
            loras_item = loras_item_data.to_dict()
            loras.append(loras_item)

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        match_audio_length = self.match_audio_length

        num_frames = self.num_frames

        video_size: dict[str, Any] | str | Unset
        if isinstance(self.video_size, Unset):
            video_size = UNSET
        elif isinstance(self.video_size, ImageSize):
            video_size = self.video_size.to_dict()
        else:
            video_size = self.video_size

        use_multiscale = self.use_multiscale

        fps = self.fps

        guidance_scale = self.guidance_scale

        num_inference_steps = self.num_inference_steps

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

        camera_lora: str | Unset = UNSET
        if not isinstance(self.camera_lora, Unset):
            camera_lora = self.camera_lora

        camera_lora_scale = self.camera_lora_scale

        negative_prompt = self.negative_prompt

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
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

        image_strength = self.image_strength

        audio_strength = self.audio_strength

        preprocess_audio = self.preprocess_audio

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "audio_url": audio_url,
                "loras": loras,
            }
        )
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if match_audio_length is not UNSET:
            field_dict["match_audio_length"] = match_audio_length
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if video_size is not UNSET:
            field_dict["video_size"] = video_size
        if use_multiscale is not UNSET:
            field_dict["use_multiscale"] = use_multiscale
        if fps is not UNSET:
            field_dict["fps"] = fps
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration
        if camera_lora is not UNSET:
            field_dict["camera_lora"] = camera_lora
        if camera_lora_scale is not UNSET:
            field_dict["camera_lora_scale"] = camera_lora_scale
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
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
        if image_strength is not UNSET:
            field_dict["image_strength"] = image_strength
        if audio_strength is not UNSET:
            field_dict["audio_strength"] = audio_strength
        if preprocess_audio is not UNSET:
            field_dict["preprocess_audio"] = preprocess_audio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size import ImageSize  # noqa: PLC0415
        from ..models.lo_ra_input import LoRAInput  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        audio_url = d.pop("audio_url")

        loras = []
        _loras = d.pop("loras")
        for loras_item_data in _loras:
            loras_item = LoRAInput.from_dict(loras_item_data)

            loras.append(loras_item)

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("image_url", UNSET))

        match_audio_length = d.pop("match_audio_length", UNSET)

        num_frames = d.pop("num_frames", UNSET)

        def _parse_video_size(
            data: object,
        ) -> ImageSize | Ltx219BAudioToVideoLoraInputVideoSizeType1 | Unset:
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
            video_size_type_1 = check_ltx_219b_audio_to_video_lora_input_video_size_type_1(data)

            return video_size_type_1

        video_size = _parse_video_size(d.pop("video_size", UNSET))

        use_multiscale = d.pop("use_multiscale", UNSET)

        fps = d.pop("fps", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: Ltx219BAudioToVideoLoraInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_ltx_219b_audio_to_video_lora_input_acceleration(_acceleration)

        _camera_lora = d.pop("camera_lora", UNSET)
        camera_lora: Ltx219BAudioToVideoLoraInputCameraLora | Unset
        if isinstance(_camera_lora, Unset):
            camera_lora = UNSET
        else:
            camera_lora = check_ltx_219b_audio_to_video_lora_input_camera_lora(_camera_lora)

        camera_lora_scale = d.pop("camera_lora_scale", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _video_output_type = d.pop("video_output_type", UNSET)
        video_output_type: Ltx219BAudioToVideoLoraInputVideoOutputType | Unset
        if isinstance(_video_output_type, Unset):
            video_output_type = UNSET
        else:
            video_output_type = check_ltx_219b_audio_to_video_lora_input_video_output_type(
                _video_output_type
            )

        _video_quality = d.pop("video_quality", UNSET)
        video_quality: Ltx219BAudioToVideoLoraInputVideoQuality | Unset
        if isinstance(_video_quality, Unset):
            video_quality = UNSET
        else:
            video_quality = check_ltx_219b_audio_to_video_lora_input_video_quality(_video_quality)

        _video_write_mode = d.pop("video_write_mode", UNSET)
        video_write_mode: Ltx219BAudioToVideoLoraInputVideoWriteMode | Unset
        if isinstance(_video_write_mode, Unset):
            video_write_mode = UNSET
        else:
            video_write_mode = check_ltx_219b_audio_to_video_lora_input_video_write_mode(
                _video_write_mode
            )

        sync_mode = d.pop("sync_mode", UNSET)

        image_strength = d.pop("image_strength", UNSET)

        audio_strength = d.pop("audio_strength", UNSET)

        preprocess_audio = d.pop("preprocess_audio", UNSET)

        ltx_219b_audio_to_video_lora_input = cls(
            prompt=prompt,
            audio_url=audio_url,
            loras=loras,
            image_url=image_url,
            match_audio_length=match_audio_length,
            num_frames=num_frames,
            video_size=video_size,
            use_multiscale=use_multiscale,
            fps=fps,
            guidance_scale=guidance_scale,
            num_inference_steps=num_inference_steps,
            acceleration=acceleration,
            camera_lora=camera_lora,
            camera_lora_scale=camera_lora_scale,
            negative_prompt=negative_prompt,
            seed=seed,
            enable_prompt_expansion=enable_prompt_expansion,
            enable_safety_checker=enable_safety_checker,
            video_output_type=video_output_type,
            video_quality=video_quality,
            video_write_mode=video_write_mode,
            sync_mode=sync_mode,
            image_strength=image_strength,
            audio_strength=audio_strength,
            preprocess_audio=preprocess_audio,
        )

        return ltx_219b_audio_to_video_lora_input
