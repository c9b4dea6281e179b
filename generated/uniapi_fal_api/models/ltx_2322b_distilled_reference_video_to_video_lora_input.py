from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ltx_2322b_distilled_reference_video_to_video_lora_input_acceleration import (
    Ltx2322BDistilledReferenceVideoToVideoLoraInputAcceleration,
    check_ltx_2322b_distilled_reference_video_to_video_lora_input_acceleration,
)
from ..models.ltx_2322b_distilled_reference_video_to_video_lora_input_camera_lora import (
    Ltx2322BDistilledReferenceVideoToVideoLoraInputCameraLora,
    check_ltx_2322b_distilled_reference_video_to_video_lora_input_camera_lora,
)
from ..models.ltx_2322b_distilled_reference_video_to_video_lora_input_ic_lora_type import (
    Ltx2322BDistilledReferenceVideoToVideoLoraInputIcLoraType,
    check_ltx_2322b_distilled_reference_video_to_video_lora_input_ic_lora_type,
)
from ..models.ltx_2322b_distilled_reference_video_to_video_lora_input_preprocessor import (
    Ltx2322BDistilledReferenceVideoToVideoLoraInputPreprocessor,
    check_ltx_2322b_distilled_reference_video_to_video_lora_input_preprocessor,
)
from ..models.ltx_2322b_distilled_reference_video_to_video_lora_input_scheduler import (
    Ltx2322BDistilledReferenceVideoToVideoLoraInputScheduler,
    check_ltx_2322b_distilled_reference_video_to_video_lora_input_scheduler,
)
from ..models.ltx_2322b_distilled_reference_video_to_video_lora_input_video_output_type import (
    Ltx2322BDistilledReferenceVideoToVideoLoraInputVideoOutputType,
    check_ltx_2322b_distilled_reference_video_to_video_lora_input_video_output_type,
)
from ..models.ltx_2322b_distilled_reference_video_to_video_lora_input_video_quality import (
    Ltx2322BDistilledReferenceVideoToVideoLoraInputVideoQuality,
    check_ltx_2322b_distilled_reference_video_to_video_lora_input_video_quality,
)
from ..models.ltx_2322b_distilled_reference_video_to_video_lora_input_video_size_type_1 import (
    Ltx2322BDistilledReferenceVideoToVideoLoraInputVideoSizeType1,
    check_ltx_2322b_distilled_reference_video_to_video_lora_input_video_size_type_1,
)
from ..models.ltx_2322b_distilled_reference_video_to_video_lora_input_video_write_mode import (
    Ltx2322BDistilledReferenceVideoToVideoLoraInputVideoWriteMode,
    check_ltx_2322b_distilled_reference_video_to_video_lora_input_video_write_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from ..models.lo_ra_input_vd91458 import LoRAInputVD91458
    from .ltx_2322b_distilled_reference_video_to_video_lora_output import (
        Ltx2322BDistilledReferenceVideoToVideoLoraOutput,  # noqa: F401
    )


T = TypeVar("T", bound="Ltx2322BDistilledReferenceVideoToVideoLoraInput")


@_attrs_define
class Ltx2322BDistilledReferenceVideoToVideoLoraInput(
    FalInput["Ltx2322BDistilledReferenceVideoToVideoLoraOutput"],
    endpoint="fal-ai/ltx-2.3-22b/distilled/reference-video-to-video/lora",
):
    """Input of `fal-ai/ltx-2.3-22b/distilled/reference-video-to-video/lora` (unknown). fal publishes no constraints for it
    (it comes from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and
    lengths are not.

    """

    loras: list[LoRAInputVD91458]
    """List of LoRAInputVD91458."""
    prompt: str
    """String."""
    video_url: str
    """URL or local file."""
    acceleration: Ltx2322BDistilledReferenceVideoToVideoLoraInputAcceleration | Unset = UNSET
    """One of "none", "regular", "high", "full". Server default: "none"."""
    audio_strength: float | Unset = UNSET
    """Number. Server default: 1."""
    audio_url: str | Unset = UNSET
    """URL or local file."""
    camera_lora: Ltx2322BDistilledReferenceVideoToVideoLoraInputCameraLora | Unset = UNSET
    """One of "dolly_in", "dolly_out", "dolly_left", "dolly_right", "jib_up", "jib_down", "static",
    "none". Server default: "none"."""
    camera_lora_scale: float | Unset = UNSET
    """Number. Server default: 1."""
    distill_lora_second_pass_scale: float | Unset = UNSET
    """Number. Server default: 0.5."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Boolean. Server default: true."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    end_image_url: str | Unset = UNSET
    """URL or local file."""
    fps: float | Unset = UNSET
    """Number. Server default: 24."""
    generate_audio: bool | Unset = UNSET
    """Boolean. Server default: true."""
    ic_lora_type: Ltx2322BDistilledReferenceVideoToVideoLoraInputIcLoraType | Unset = UNSET
    """One of "match_preprocessor", "union", "detailer", "none". Server default: "union"."""
    image_url: str | Unset = UNSET
    """URL or local file."""
    match_input_fps: bool | Unset = UNSET
    """Boolean. Server default: true."""
    match_video_length: bool | Unset = UNSET
    """Boolean. Server default: true."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: "news broadcast, 3d animation, computer graphics, pc game, console
    game, video game, cartoon, childish, watermark, logo, text, on screen text, subtitles,
    titles, signature, slowmo, static"."""
    num_frames: float | Unset = UNSET
    """Number. Server default: 121."""
    preprocessor: Ltx2322BDistilledReferenceVideoToVideoLoraInputPreprocessor | Unset = UNSET
    """One of "depth", "canny", "pose", "none". Server default: "none"."""
    scheduler: Ltx2322BDistilledReferenceVideoToVideoLoraInputScheduler | Unset = UNSET
    """One of "ltx2", "linear_quadratic", "beta". Server default: "ltx2"."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""
    use_multiscale: bool | Unset = UNSET
    """Boolean. Server default: true."""
    video_output_type: Ltx2322BDistilledReferenceVideoToVideoLoraInputVideoOutputType | Unset = (
        UNSET
    )
    """One of "X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)". Server default:
    "X264 (.mp4)"."""
    video_quality: Ltx2322BDistilledReferenceVideoToVideoLoraInputVideoQuality | Unset = UNSET
    """One of "low", "medium", "high", "maximum". Server default: "high"."""
    video_size: (
        ImageSizeV9A3DFF | Ltx2322BDistilledReferenceVideoToVideoLoraInputVideoSizeType1 | Unset
    ) = UNSET
    """ImageSizeV9A3DFF or one of "auto", "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "auto"."""
    video_strength: float | Unset = UNSET
    """Number. Server default: 1."""
    video_write_mode: Ltx2322BDistilledReferenceVideoToVideoLoraInputVideoWriteMode | Unset = UNSET
    """One of "fast", "balanced", "small". Server default: "balanced"."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        loras = []
        for loras_item_data in self.loras:
            loras_item = loras_item_data.to_dict()
            loras.append(loras_item)

        prompt = self.prompt

        video_url = self.video_url

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

        audio_strength = self.audio_strength

        audio_url = self.audio_url

        camera_lora: str | Unset = UNSET
        if not isinstance(self.camera_lora, Unset):
            camera_lora = self.camera_lora

        camera_lora_scale = self.camera_lora_scale

        distill_lora_second_pass_scale = self.distill_lora_second_pass_scale

        enable_prompt_expansion = self.enable_prompt_expansion

        enable_safety_checker = self.enable_safety_checker

        end_image_url = self.end_image_url

        fps = self.fps

        generate_audio = self.generate_audio

        ic_lora_type: str | Unset = UNSET
        if not isinstance(self.ic_lora_type, Unset):
            ic_lora_type = self.ic_lora_type

        image_url = self.image_url

        match_input_fps = self.match_input_fps

        match_video_length = self.match_video_length

        negative_prompt = self.negative_prompt

        num_frames = self.num_frames

        preprocessor: str | Unset = UNSET
        if not isinstance(self.preprocessor, Unset):
            preprocessor = self.preprocessor

        scheduler: str | Unset = UNSET
        if not isinstance(self.scheduler, Unset):
            scheduler = self.scheduler

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

        video_strength = self.video_strength

        video_write_mode: str | Unset = UNSET
        if not isinstance(self.video_write_mode, Unset):
            video_write_mode = self.video_write_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "loras": loras,
                "prompt": prompt,
                "video_url": video_url,
            }
        )
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration
        if audio_strength is not UNSET:
            field_dict["audio_strength"] = audio_strength
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if camera_lora is not UNSET:
            field_dict["camera_lora"] = camera_lora
        if camera_lora_scale is not UNSET:
            field_dict["camera_lora_scale"] = camera_lora_scale
        if distill_lora_second_pass_scale is not UNSET:
            field_dict["distill_lora_second_pass_scale"] = distill_lora_second_pass_scale
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if end_image_url is not UNSET:
            field_dict["end_image_url"] = end_image_url
        if fps is not UNSET:
            field_dict["fps"] = fps
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if ic_lora_type is not UNSET:
            field_dict["ic_lora_type"] = ic_lora_type
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if match_input_fps is not UNSET:
            field_dict["match_input_fps"] = match_input_fps
        if match_video_length is not UNSET:
            field_dict["match_video_length"] = match_video_length
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if preprocessor is not UNSET:
            field_dict["preprocessor"] = preprocessor
        if scheduler is not UNSET:
            field_dict["scheduler"] = scheduler
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
        if video_strength is not UNSET:
            field_dict["video_strength"] = video_strength
        if video_write_mode is not UNSET:
            field_dict["video_write_mode"] = video_write_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415
        from ..models.lo_ra_input_vd91458 import LoRAInputVD91458  # noqa: PLC0415

        d = dict(src_dict)
        loras = []
        _loras = d.pop("loras")
        for loras_item_data in _loras:
            loras_item = LoRAInputVD91458.from_dict(loras_item_data)

            loras.append(loras_item)

        prompt = d.pop("prompt")

        video_url = d.pop("video_url")

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: Ltx2322BDistilledReferenceVideoToVideoLoraInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = (
                check_ltx_2322b_distilled_reference_video_to_video_lora_input_acceleration(
                    _acceleration
                )
            )

        audio_strength = d.pop("audio_strength", UNSET)

        audio_url = d.pop("audio_url", UNSET)

        _camera_lora = d.pop("camera_lora", UNSET)
        camera_lora: Ltx2322BDistilledReferenceVideoToVideoLoraInputCameraLora | Unset
        if isinstance(_camera_lora, Unset):
            camera_lora = UNSET
        else:
            camera_lora = check_ltx_2322b_distilled_reference_video_to_video_lora_input_camera_lora(
                _camera_lora
            )

        camera_lora_scale = d.pop("camera_lora_scale", UNSET)

        distill_lora_second_pass_scale = d.pop("distill_lora_second_pass_scale", UNSET)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        end_image_url = d.pop("end_image_url", UNSET)

        fps = d.pop("fps", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        _ic_lora_type = d.pop("ic_lora_type", UNSET)
        ic_lora_type: Ltx2322BDistilledReferenceVideoToVideoLoraInputIcLoraType | Unset
        if isinstance(_ic_lora_type, Unset):
            ic_lora_type = UNSET
        else:
            ic_lora_type = (
                check_ltx_2322b_distilled_reference_video_to_video_lora_input_ic_lora_type(
                    _ic_lora_type
                )
            )

        image_url = d.pop("image_url", UNSET)

        match_input_fps = d.pop("match_input_fps", UNSET)

        match_video_length = d.pop("match_video_length", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_frames = d.pop("num_frames", UNSET)

        _preprocessor = d.pop("preprocessor", UNSET)
        preprocessor: Ltx2322BDistilledReferenceVideoToVideoLoraInputPreprocessor | Unset
        if isinstance(_preprocessor, Unset):
            preprocessor = UNSET
        else:
            preprocessor = (
                check_ltx_2322b_distilled_reference_video_to_video_lora_input_preprocessor(
                    _preprocessor
                )
            )

        _scheduler = d.pop("scheduler", UNSET)
        scheduler: Ltx2322BDistilledReferenceVideoToVideoLoraInputScheduler | Unset
        if isinstance(_scheduler, Unset):
            scheduler = UNSET
        else:
            scheduler = check_ltx_2322b_distilled_reference_video_to_video_lora_input_scheduler(
                _scheduler
            )

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        use_multiscale = d.pop("use_multiscale", UNSET)

        _video_output_type = d.pop("video_output_type", UNSET)
        video_output_type: Ltx2322BDistilledReferenceVideoToVideoLoraInputVideoOutputType | Unset
        if isinstance(_video_output_type, Unset):
            video_output_type = UNSET
        else:
            video_output_type = (
                check_ltx_2322b_distilled_reference_video_to_video_lora_input_video_output_type(
                    _video_output_type
                )
            )

        _video_quality = d.pop("video_quality", UNSET)
        video_quality: Ltx2322BDistilledReferenceVideoToVideoLoraInputVideoQuality | Unset
        if isinstance(_video_quality, Unset):
            video_quality = UNSET
        else:
            video_quality = (
                check_ltx_2322b_distilled_reference_video_to_video_lora_input_video_quality(
                    _video_quality
                )
            )

        def _parse_video_size(
            data: object,
        ) -> (
            ImageSizeV9A3DFF | Ltx2322BDistilledReferenceVideoToVideoLoraInputVideoSizeType1 | Unset
        ):
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
                check_ltx_2322b_distilled_reference_video_to_video_lora_input_video_size_type_1(
                    data
                )
            )

            return video_size_type_1

        video_size = _parse_video_size(d.pop("video_size", UNSET))

        video_strength = d.pop("video_strength", UNSET)

        _video_write_mode = d.pop("video_write_mode", UNSET)
        video_write_mode: Ltx2322BDistilledReferenceVideoToVideoLoraInputVideoWriteMode | Unset
        if isinstance(_video_write_mode, Unset):
            video_write_mode = UNSET
        else:
            video_write_mode = (
                check_ltx_2322b_distilled_reference_video_to_video_lora_input_video_write_mode(
                    _video_write_mode
                )
            )

        ltx_2322b_distilled_reference_video_to_video_lora_input = cls(
            loras=loras,
            prompt=prompt,
            video_url=video_url,
            acceleration=acceleration,
            audio_strength=audio_strength,
            audio_url=audio_url,
            camera_lora=camera_lora,
            camera_lora_scale=camera_lora_scale,
            distill_lora_second_pass_scale=distill_lora_second_pass_scale,
            enable_prompt_expansion=enable_prompt_expansion,
            enable_safety_checker=enable_safety_checker,
            end_image_url=end_image_url,
            fps=fps,
            generate_audio=generate_audio,
            ic_lora_type=ic_lora_type,
            image_url=image_url,
            match_input_fps=match_input_fps,
            match_video_length=match_video_length,
            negative_prompt=negative_prompt,
            num_frames=num_frames,
            preprocessor=preprocessor,
            scheduler=scheduler,
            seed=seed,
            sync_mode=sync_mode,
            use_multiscale=use_multiscale,
            video_output_type=video_output_type,
            video_quality=video_quality,
            video_size=video_size,
            video_strength=video_strength,
            video_write_mode=video_write_mode,
        )

        return ltx_2322b_distilled_reference_video_to_video_lora_input
