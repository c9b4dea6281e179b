from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ltx_23_trainer_v2t2v_input_aspect_ratio import (
    Ltx23TrainerV2T2VInputAspectRatio,
    check_ltx_23_trainer_v2t2v_input_aspect_ratio,
)
from ..models.ltx_23_trainer_v2t2v_input_rank import (
    Ltx23TrainerV2T2VInputRank,
    check_ltx_23_trainer_v2t2v_input_rank,
)
from ..models.ltx_23_trainer_v2t2v_input_resolution import (
    Ltx23TrainerV2T2VInputResolution,
    check_ltx_23_trainer_v2t2v_input_resolution,
)
from ..models.ltx_23_trainer_v2t2v_input_validation_aspect_ratio import (
    Ltx23TrainerV2T2VInputValidationAspectRatio,
    check_ltx_23_trainer_v2t2v_input_validation_aspect_ratio,
)
from ..models.ltx_23_trainer_v2t2v_input_validation_resolution import (
    Ltx23TrainerV2T2VInputValidationResolution,
    check_ltx_23_trainer_v2t2v_input_validation_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.t2a_validation import T2AValidation
    from .ltx_23_trainer_v2t2v_output import Ltx23TrainerV2T2VOutput  # noqa: F401


T = TypeVar("T", bound="Ltx23TrainerV2T2VInput")


@_attrs_define
class Ltx23TrainerV2T2VInput(
    FalInput["Ltx23TrainerV2T2VOutput"], endpoint="fal-ai/ltx23-trainer-v2/t2v"
):
    """Input of `fal-ai/ltx23-trainer-v2/t2v` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    training_data_url: str
    """URL or local file."""
    aspect_ratio: Ltx23TrainerV2T2VInputAspectRatio | Unset = UNSET
    """One of "16:9", "1:1", "9:16". Server default: "1:1"."""
    audio_normalize: bool | Unset = UNSET
    """Boolean. Server default: true."""
    audio_preserve_pitch: bool | Unset = UNSET
    """Boolean. Server default: true."""
    auto_scale_input: bool | Unset = UNSET
    """Boolean."""
    debug_dataset: bool | Unset = UNSET
    """Boolean."""
    frame_rate: float | Unset = UNSET
    """Number. Server default: 24."""
    learning_rate: float | Unset = UNSET
    """Number. Server default: 0.0002."""
    number_of_frames: float | Unset = UNSET
    """Number. Server default: 89."""
    number_of_steps: float | Unset = UNSET
    """Number. Server default: 2000."""
    rank: Ltx23TrainerV2T2VInputRank | Unset = UNSET
    """One of 8, 16, 32, 64, 128."""
    resolution: Ltx23TrainerV2T2VInputResolution | Unset = UNSET
    """One of "low", "medium", "high". Server default: "medium"."""
    split_input_duration_threshold: float | Unset = UNSET
    """Number. Server default: 30."""
    split_input_into_scenes: bool | Unset = UNSET
    """Boolean. Server default: true."""
    stg_scale: float | Unset = UNSET
    """Number. Server default: 1."""
    trigger_phrase: str | Unset = UNSET
    """String. Server default: ""."""
    validation: list[T2AValidation] | Unset = UNSET
    """List of T2AValidation."""
    validation_aspect_ratio: Ltx23TrainerV2T2VInputValidationAspectRatio | Unset = UNSET
    """One of "16:9", "1:1", "9:16". Server default: "1:1"."""
    validation_frame_rate: float | Unset = UNSET
    """Number. Server default: 24."""
    validation_negative_prompt: str | Unset = UNSET
    """String. Server default: "blurry, out of focus, overexposed, underexposed, low contrast,
    washed out colors, excessive noise, grainy texture, poor lighting, flickering, motion blur,
    distorted proportions, unnatural skin tones, deformed facial features, asymmetrical face,
    missing facial features, extra limbs, disfigured hands, wrong hand count, artifacts around
    text, inconsistent perspective, camera shake, incorrect depth of field, background too
    sharp, background clutter, distracting reflections, harsh shadows, inconsistent lighting
    direction, color banding, cartoonish rendering, 3D CGI look, unrealistic materials, uncanny
    valley effect, incorrect ethnicity, wrong gender, exaggerated expressions, wrong gaze
    direction, mismatched lip sync, silent or muted audio, distorted voice, robotic voice, echo,
    background noise, off-sync audio, incorrect dialogue, added dialogue, repetitive speech,
    jittery movement, awkward pauses, incorrect timing, unnatural transitions, inconsistent
    framing, tilted camera, flat lighting, inconsistent tone, cinematic oversaturation, stylized
    filters, or AI artifacts."."""
    validation_number_of_frames: float | Unset = UNSET
    """Number. Server default: 89."""
    validation_resolution: Ltx23TrainerV2T2VInputValidationResolution | Unset = UNSET
    """One of "low", "medium", "high". Server default: "high"."""
    with_audio: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        training_data_url = self.training_data_url

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        audio_normalize = self.audio_normalize

        audio_preserve_pitch = self.audio_preserve_pitch

        auto_scale_input = self.auto_scale_input

        debug_dataset = self.debug_dataset

        frame_rate = self.frame_rate

        learning_rate = self.learning_rate

        number_of_frames = self.number_of_frames

        number_of_steps = self.number_of_steps

        rank: int | Unset = UNSET
        if not isinstance(self.rank, Unset):
            rank = self.rank

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        split_input_duration_threshold = self.split_input_duration_threshold

        split_input_into_scenes = self.split_input_into_scenes

        stg_scale = self.stg_scale

        trigger_phrase = self.trigger_phrase

        validation: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.validation, Unset):
            validation = []
            for validation_item_data in self.validation:
                validation_item = validation_item_data.to_dict()
                validation.append(validation_item)

        validation_aspect_ratio: str | Unset = UNSET
        if not isinstance(self.validation_aspect_ratio, Unset):
            validation_aspect_ratio = self.validation_aspect_ratio

        validation_frame_rate = self.validation_frame_rate

        validation_negative_prompt = self.validation_negative_prompt

        validation_number_of_frames = self.validation_number_of_frames

        validation_resolution: str | Unset = UNSET
        if not isinstance(self.validation_resolution, Unset):
            validation_resolution = self.validation_resolution

        with_audio = self.with_audio

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "training_data_url": training_data_url,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if audio_normalize is not UNSET:
            field_dict["audio_normalize"] = audio_normalize
        if audio_preserve_pitch is not UNSET:
            field_dict["audio_preserve_pitch"] = audio_preserve_pitch
        if auto_scale_input is not UNSET:
            field_dict["auto_scale_input"] = auto_scale_input
        if debug_dataset is not UNSET:
            field_dict["debug_dataset"] = debug_dataset
        if frame_rate is not UNSET:
            field_dict["frame_rate"] = frame_rate
        if learning_rate is not UNSET:
            field_dict["learning_rate"] = learning_rate
        if number_of_frames is not UNSET:
            field_dict["number_of_frames"] = number_of_frames
        if number_of_steps is not UNSET:
            field_dict["number_of_steps"] = number_of_steps
        if rank is not UNSET:
            field_dict["rank"] = rank
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if split_input_duration_threshold is not UNSET:
            field_dict["split_input_duration_threshold"] = split_input_duration_threshold
        if split_input_into_scenes is not UNSET:
            field_dict["split_input_into_scenes"] = split_input_into_scenes
        if stg_scale is not UNSET:
            field_dict["stg_scale"] = stg_scale
        if trigger_phrase is not UNSET:
            field_dict["trigger_phrase"] = trigger_phrase
        if validation is not UNSET:
            field_dict["validation"] = validation
        if validation_aspect_ratio is not UNSET:
            field_dict["validation_aspect_ratio"] = validation_aspect_ratio
        if validation_frame_rate is not UNSET:
            field_dict["validation_frame_rate"] = validation_frame_rate
        if validation_negative_prompt is not UNSET:
            field_dict["validation_negative_prompt"] = validation_negative_prompt
        if validation_number_of_frames is not UNSET:
            field_dict["validation_number_of_frames"] = validation_number_of_frames
        if validation_resolution is not UNSET:
            field_dict["validation_resolution"] = validation_resolution
        if with_audio is not UNSET:
            field_dict["with_audio"] = with_audio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.t2a_validation import T2AValidation  # noqa: PLC0415

        d = dict(src_dict)
        training_data_url = d.pop("training_data_url")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Ltx23TrainerV2T2VInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_ltx_23_trainer_v2t2v_input_aspect_ratio(_aspect_ratio)

        audio_normalize = d.pop("audio_normalize", UNSET)

        audio_preserve_pitch = d.pop("audio_preserve_pitch", UNSET)

        auto_scale_input = d.pop("auto_scale_input", UNSET)

        debug_dataset = d.pop("debug_dataset", UNSET)

        frame_rate = d.pop("frame_rate", UNSET)

        learning_rate = d.pop("learning_rate", UNSET)

        number_of_frames = d.pop("number_of_frames", UNSET)

        number_of_steps = d.pop("number_of_steps", UNSET)

        _rank = d.pop("rank", UNSET)
        rank: Ltx23TrainerV2T2VInputRank | Unset
        if isinstance(_rank, Unset):
            rank = UNSET
        else:
            rank = check_ltx_23_trainer_v2t2v_input_rank(_rank)

        _resolution = d.pop("resolution", UNSET)
        resolution: Ltx23TrainerV2T2VInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_ltx_23_trainer_v2t2v_input_resolution(_resolution)

        split_input_duration_threshold = d.pop("split_input_duration_threshold", UNSET)

        split_input_into_scenes = d.pop("split_input_into_scenes", UNSET)

        stg_scale = d.pop("stg_scale", UNSET)

        trigger_phrase = d.pop("trigger_phrase", UNSET)

        _validation = d.pop("validation", UNSET)
        validation: list[T2AValidation] | Unset = UNSET
        if _validation is not UNSET:
            validation = []
            for validation_item_data in _validation:
                validation_item = T2AValidation.from_dict(validation_item_data)

                validation.append(validation_item)

        _validation_aspect_ratio = d.pop("validation_aspect_ratio", UNSET)
        validation_aspect_ratio: Ltx23TrainerV2T2VInputValidationAspectRatio | Unset
        if isinstance(_validation_aspect_ratio, Unset):
            validation_aspect_ratio = UNSET
        else:
            validation_aspect_ratio = check_ltx_23_trainer_v2t2v_input_validation_aspect_ratio(
                _validation_aspect_ratio
            )

        validation_frame_rate = d.pop("validation_frame_rate", UNSET)

        validation_negative_prompt = d.pop("validation_negative_prompt", UNSET)

        validation_number_of_frames = d.pop("validation_number_of_frames", UNSET)

        _validation_resolution = d.pop("validation_resolution", UNSET)
        validation_resolution: Ltx23TrainerV2T2VInputValidationResolution | Unset
        if isinstance(_validation_resolution, Unset):
            validation_resolution = UNSET
        else:
            validation_resolution = check_ltx_23_trainer_v2t2v_input_validation_resolution(
                _validation_resolution
            )

        with_audio = d.pop("with_audio", UNSET)

        ltx_23_trainer_v2t2v_input = cls(
            training_data_url=training_data_url,
            aspect_ratio=aspect_ratio,
            audio_normalize=audio_normalize,
            audio_preserve_pitch=audio_preserve_pitch,
            auto_scale_input=auto_scale_input,
            debug_dataset=debug_dataset,
            frame_rate=frame_rate,
            learning_rate=learning_rate,
            number_of_frames=number_of_frames,
            number_of_steps=number_of_steps,
            rank=rank,
            resolution=resolution,
            split_input_duration_threshold=split_input_duration_threshold,
            split_input_into_scenes=split_input_into_scenes,
            stg_scale=stg_scale,
            trigger_phrase=trigger_phrase,
            validation=validation,
            validation_aspect_ratio=validation_aspect_ratio,
            validation_frame_rate=validation_frame_rate,
            validation_negative_prompt=validation_negative_prompt,
            validation_number_of_frames=validation_number_of_frames,
            validation_resolution=validation_resolution,
            with_audio=with_audio,
        )

        return ltx_23_trainer_v2t2v_input
