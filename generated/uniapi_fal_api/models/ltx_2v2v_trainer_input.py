from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ltx_2v2v_trainer_input_aspect_ratio import (
    Ltx2V2VTrainerInputAspectRatio,
    check_ltx_2v2v_trainer_input_aspect_ratio,
)
from ..models.ltx_2v2v_trainer_input_rank import (
    Ltx2V2VTrainerInputRank,
    check_ltx_2v2v_trainer_input_rank,
)
from ..models.ltx_2v2v_trainer_input_resolution import (
    Ltx2V2VTrainerInputResolution,
    check_ltx_2v2v_trainer_input_resolution,
)
from ..models.ltx_2v2v_trainer_input_validation_aspect_ratio import (
    Ltx2V2VTrainerInputValidationAspectRatio,
    check_ltx_2v2v_trainer_input_validation_aspect_ratio,
)
from ..models.ltx_2v2v_trainer_input_validation_resolution import (
    Ltx2V2VTrainerInputValidationResolution,
    check_ltx_2v2v_trainer_input_validation_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.v2v_validation import V2VValidation
    from .ltx_2v2v_trainer_output import Ltx2V2VTrainerOutput  # noqa: F401


T = TypeVar("T", bound="Ltx2V2VTrainerInput")


@_attrs_define
class Ltx2V2VTrainerInput(FalInput["Ltx2V2VTrainerOutput"], endpoint="fal-ai/ltx2-v2v-trainer"):
    """Input of `fal-ai/ltx2-v2v-trainer` (training). fal no longer lists this endpoint."""

    training_data_url: str
    """Training Data Url: string."""
    rank: Ltx2V2VTrainerInputRank | Unset = UNSET
    """Rank: one of 8, 16, 32, 64, 128. Server default: 32."""
    number_of_steps: int | Unset = UNSET
    """Number Of Steps: integer, 100 to 20,000. Server default: 2000."""
    learning_rate: float | Unset = UNSET
    """Learning Rate: number, 1e-06 to 1. Server default: 0.0002."""
    number_of_frames: int | Unset = UNSET
    """Number Of Frames: integer, 9 to 121. Server default: 89."""
    frame_rate: int | Unset = UNSET
    """Frame Rate: integer, 8 to 60. Server default: 25."""
    resolution: Ltx2V2VTrainerInputResolution | Unset = UNSET
    """Resolution: one of "low", "medium", "high". Server default: "medium"."""
    aspect_ratio: Ltx2V2VTrainerInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9", "1:1", "9:16". Server default: "1:1"."""
    trigger_phrase: str | Unset = UNSET
    """Trigger Phrase: string. Server default: ""."""
    auto_scale_input: bool | Unset = UNSET
    """Auto Scale Input: boolean. Server default: false."""
    split_input_into_scenes: bool | Unset = UNSET
    """Split Input Into Scenes: boolean. Server default: true."""
    split_input_duration_threshold: float | Unset = UNSET
    """Split Input Duration Threshold: number, 1 to 60. Server default: 30."""
    first_frame_conditioning_p: float | Unset = UNSET
    """First Frame Conditioning P: number, 0 to 1. Server default: 0.1."""
    validation: list[V2VValidation] | Unset = UNSET
    """Validation: list of V2VValidation, at most 2 items. Server default: []."""
    validation_negative_prompt: str | Unset = UNSET
    """Validation Negative Prompt: string. Server default: "worst quality, inconsistent motion,
    blurry, jittery, distorted"."""
    validation_number_of_frames: int | Unset = UNSET
    """Validation Number Of Frames: integer, 9 to 121. Server default: 89."""
    validation_frame_rate: int | Unset = UNSET
    """Validation Frame Rate: integer, 8 to 60. Server default: 25."""
    validation_resolution: Ltx2V2VTrainerInputValidationResolution | Unset = UNSET
    """Validation Resolution: one of "low", "medium", "high". Server default: "high"."""
    validation_aspect_ratio: Ltx2V2VTrainerInputValidationAspectRatio | Unset = UNSET
    """Validation Aspect Ratio: one of "16:9", "1:1", "9:16". Server default: "1:1"."""
    stg_scale: float | Unset = UNSET
    """Stg Scale: number, 0 to 3. Server default: 1."""

    def to_dict(self) -> dict[str, Any]:
        training_data_url = self.training_data_url

        rank: int | Unset = UNSET
        if not isinstance(self.rank, Unset):
            rank = self.rank

        number_of_steps = self.number_of_steps

        learning_rate = self.learning_rate

        number_of_frames = self.number_of_frames

        frame_rate = self.frame_rate

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        trigger_phrase = self.trigger_phrase

        auto_scale_input = self.auto_scale_input

        split_input_into_scenes = self.split_input_into_scenes

        split_input_duration_threshold = self.split_input_duration_threshold

        first_frame_conditioning_p = self.first_frame_conditioning_p

        validation: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.validation, Unset):
            validation = []
            for validation_item_data in self.validation:
                validation_item = validation_item_data.to_dict()
                validation.append(validation_item)

        validation_negative_prompt = self.validation_negative_prompt

        validation_number_of_frames = self.validation_number_of_frames

        validation_frame_rate = self.validation_frame_rate

        validation_resolution: str | Unset = UNSET
        if not isinstance(self.validation_resolution, Unset):
            validation_resolution = self.validation_resolution

        validation_aspect_ratio: str | Unset = UNSET
        if not isinstance(self.validation_aspect_ratio, Unset):
            validation_aspect_ratio = self.validation_aspect_ratio

        stg_scale = self.stg_scale

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "training_data_url": training_data_url,
            }
        )
        if rank is not UNSET:
            field_dict["rank"] = rank
        if number_of_steps is not UNSET:
            field_dict["number_of_steps"] = number_of_steps
        if learning_rate is not UNSET:
            field_dict["learning_rate"] = learning_rate
        if number_of_frames is not UNSET:
            field_dict["number_of_frames"] = number_of_frames
        if frame_rate is not UNSET:
            field_dict["frame_rate"] = frame_rate
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if trigger_phrase is not UNSET:
            field_dict["trigger_phrase"] = trigger_phrase
        if auto_scale_input is not UNSET:
            field_dict["auto_scale_input"] = auto_scale_input
        if split_input_into_scenes is not UNSET:
            field_dict["split_input_into_scenes"] = split_input_into_scenes
        if split_input_duration_threshold is not UNSET:
            field_dict["split_input_duration_threshold"] = split_input_duration_threshold
        if first_frame_conditioning_p is not UNSET:
            field_dict["first_frame_conditioning_p"] = first_frame_conditioning_p
        if validation is not UNSET:
            field_dict["validation"] = validation
        if validation_negative_prompt is not UNSET:
            field_dict["validation_negative_prompt"] = validation_negative_prompt
        if validation_number_of_frames is not UNSET:
            field_dict["validation_number_of_frames"] = validation_number_of_frames
        if validation_frame_rate is not UNSET:
            field_dict["validation_frame_rate"] = validation_frame_rate
        if validation_resolution is not UNSET:
            field_dict["validation_resolution"] = validation_resolution
        if validation_aspect_ratio is not UNSET:
            field_dict["validation_aspect_ratio"] = validation_aspect_ratio
        if stg_scale is not UNSET:
            field_dict["stg_scale"] = stg_scale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v2v_validation import V2VValidation  # noqa: PLC0415

        d = dict(src_dict)
        training_data_url = d.pop("training_data_url")

        _rank = d.pop("rank", UNSET)
        rank: Ltx2V2VTrainerInputRank | Unset
        if isinstance(_rank, Unset):
            rank = UNSET
        else:
            rank = check_ltx_2v2v_trainer_input_rank(_rank)

        number_of_steps = d.pop("number_of_steps", UNSET)

        learning_rate = d.pop("learning_rate", UNSET)

        number_of_frames = d.pop("number_of_frames", UNSET)

        frame_rate = d.pop("frame_rate", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: Ltx2V2VTrainerInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_ltx_2v2v_trainer_input_resolution(_resolution)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Ltx2V2VTrainerInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_ltx_2v2v_trainer_input_aspect_ratio(_aspect_ratio)

        trigger_phrase = d.pop("trigger_phrase", UNSET)

        auto_scale_input = d.pop("auto_scale_input", UNSET)

        split_input_into_scenes = d.pop("split_input_into_scenes", UNSET)

        split_input_duration_threshold = d.pop("split_input_duration_threshold", UNSET)

        first_frame_conditioning_p = d.pop("first_frame_conditioning_p", UNSET)

        _validation = d.pop("validation", UNSET)
        validation: list[V2VValidation] | Unset = UNSET
        if _validation is not UNSET:
            validation = []
            for validation_item_data in _validation:
                validation_item = V2VValidation.from_dict(validation_item_data)

                validation.append(validation_item)

        validation_negative_prompt = d.pop("validation_negative_prompt", UNSET)

        validation_number_of_frames = d.pop("validation_number_of_frames", UNSET)

        validation_frame_rate = d.pop("validation_frame_rate", UNSET)

        _validation_resolution = d.pop("validation_resolution", UNSET)
        validation_resolution: Ltx2V2VTrainerInputValidationResolution | Unset
        if isinstance(_validation_resolution, Unset):
            validation_resolution = UNSET
        else:
            validation_resolution = check_ltx_2v2v_trainer_input_validation_resolution(
                _validation_resolution
            )

        _validation_aspect_ratio = d.pop("validation_aspect_ratio", UNSET)
        validation_aspect_ratio: Ltx2V2VTrainerInputValidationAspectRatio | Unset
        if isinstance(_validation_aspect_ratio, Unset):
            validation_aspect_ratio = UNSET
        else:
            validation_aspect_ratio = check_ltx_2v2v_trainer_input_validation_aspect_ratio(
                _validation_aspect_ratio
            )

        stg_scale = d.pop("stg_scale", UNSET)

        ltx_2v2v_trainer_input = cls(
            training_data_url=training_data_url,
            rank=rank,
            number_of_steps=number_of_steps,
            learning_rate=learning_rate,
            number_of_frames=number_of_frames,
            frame_rate=frame_rate,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            trigger_phrase=trigger_phrase,
            auto_scale_input=auto_scale_input,
            split_input_into_scenes=split_input_into_scenes,
            split_input_duration_threshold=split_input_duration_threshold,
            first_frame_conditioning_p=first_frame_conditioning_p,
            validation=validation,
            validation_negative_prompt=validation_negative_prompt,
            validation_number_of_frames=validation_number_of_frames,
            validation_frame_rate=validation_frame_rate,
            validation_resolution=validation_resolution,
            validation_aspect_ratio=validation_aspect_ratio,
            stg_scale=stg_scale,
        )

        return ltx_2v2v_trainer_input
