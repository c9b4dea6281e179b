from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ltx_video_trainer_input_aspect_ratio import (
    LtxVideoTrainerInputAspectRatio,
    check_ltx_video_trainer_input_aspect_ratio,
)
from ..models.ltx_video_trainer_input_rank import (
    LtxVideoTrainerInputRank,
    check_ltx_video_trainer_input_rank,
)
from ..models.ltx_video_trainer_input_resolution import (
    LtxVideoTrainerInputResolution,
    check_ltx_video_trainer_input_resolution,
)
from ..models.ltx_video_trainer_input_validation_aspect_ratio import (
    LtxVideoTrainerInputValidationAspectRatio,
    check_ltx_video_trainer_input_validation_aspect_ratio,
)
from ..models.ltx_video_trainer_input_validation_resolution import (
    LtxVideoTrainerInputValidationResolution,
    check_ltx_video_trainer_input_validation_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.validation import Validation
    from .ltx_video_trainer_output import LtxVideoTrainerOutput  # noqa: F401


T = TypeVar("T", bound="LtxVideoTrainerInput")


@_attrs_define
class LtxVideoTrainerInput(FalInput["LtxVideoTrainerOutput"], endpoint="fal-ai/ltx-video-trainer"):
    """Input of `fal-ai/ltx-video-trainer` (training). fal no longer lists this endpoint."""

    training_data_url: str
    """Training Data Url: string."""
    rank: LtxVideoTrainerInputRank | Unset = UNSET
    """Rank: one of 8, 16, 32, 64, 128. Server default: 128."""
    number_of_steps: int | Unset = UNSET
    """Number Of Steps: integer, 100 to 20,000. Server default: 1000."""
    number_of_frames: int | Unset = UNSET
    """Number Of Frames: integer, 25 to 121. Server default: 81."""
    frame_rate: int | Unset = UNSET
    """Frame Rate: integer, 8 to 60. Server default: 25."""
    resolution: LtxVideoTrainerInputResolution | Unset = UNSET
    """Resolution: one of "low", "medium", "high". Server default: "medium"."""
    aspect_ratio: LtxVideoTrainerInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9", "1:1", "9:16". Server default: "1:1"."""
    learning_rate: float | Unset = UNSET
    """Learning Rate: number, 1e-06 to 1. Server default: 0.0002."""
    trigger_phrase: str | Unset = UNSET
    """Trigger Phrase: string. Server default: ""."""
    auto_scale_input: bool | Unset = UNSET
    """Auto Scale Input: boolean. Server default: false."""
    split_input_into_scenes: bool | Unset = UNSET
    """Split Input Into Scenes: boolean. Server default: true."""
    split_input_duration_threshold: float | Unset = UNSET
    """Split Input Duration Threshold: number, 1 to 60. Server default: 30."""
    validation: list[Validation] | Unset = UNSET
    """Validation: list of Validation, at most 2 items. Server default: []."""
    validation_negative_prompt: str | Unset = UNSET
    """Validation Negative Prompt: string. Server default: "blurry, low quality, bad quality, out
    of focus"."""
    validation_number_of_frames: int | Unset = UNSET
    """Validation Number Of Frames: integer, 8 to 121. Server default: 81."""
    validation_resolution: LtxVideoTrainerInputValidationResolution | Unset = UNSET
    """Validation Resolution: one of "low", "medium", "high". Server default: "high"."""
    validation_aspect_ratio: LtxVideoTrainerInputValidationAspectRatio | Unset = UNSET
    """Validation Aspect Ratio: one of "16:9", "1:1", "9:16". Server default: "1:1"."""
    validation_reverse: bool | Unset = UNSET
    """Validation Reverse: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        training_data_url = self.training_data_url

        rank: int | Unset = UNSET
        if not isinstance(self.rank, Unset):
            rank = self.rank

        number_of_steps = self.number_of_steps

        number_of_frames = self.number_of_frames

        frame_rate = self.frame_rate

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        learning_rate = self.learning_rate

        trigger_phrase = self.trigger_phrase

        auto_scale_input = self.auto_scale_input

        split_input_into_scenes = self.split_input_into_scenes

        split_input_duration_threshold = self.split_input_duration_threshold

        validation: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.validation, Unset):
            validation = []
            for validation_item_data in self.validation:
                validation_item = validation_item_data.to_dict()
                validation.append(validation_item)

        validation_negative_prompt = self.validation_negative_prompt

        validation_number_of_frames = self.validation_number_of_frames

        validation_resolution: str | Unset = UNSET
        if not isinstance(self.validation_resolution, Unset):
            validation_resolution = self.validation_resolution

        validation_aspect_ratio: str | Unset = UNSET
        if not isinstance(self.validation_aspect_ratio, Unset):
            validation_aspect_ratio = self.validation_aspect_ratio

        validation_reverse = self.validation_reverse

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
        if number_of_frames is not UNSET:
            field_dict["number_of_frames"] = number_of_frames
        if frame_rate is not UNSET:
            field_dict["frame_rate"] = frame_rate
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if learning_rate is not UNSET:
            field_dict["learning_rate"] = learning_rate
        if trigger_phrase is not UNSET:
            field_dict["trigger_phrase"] = trigger_phrase
        if auto_scale_input is not UNSET:
            field_dict["auto_scale_input"] = auto_scale_input
        if split_input_into_scenes is not UNSET:
            field_dict["split_input_into_scenes"] = split_input_into_scenes
        if split_input_duration_threshold is not UNSET:
            field_dict["split_input_duration_threshold"] = split_input_duration_threshold
        if validation is not UNSET:
            field_dict["validation"] = validation
        if validation_negative_prompt is not UNSET:
            field_dict["validation_negative_prompt"] = validation_negative_prompt
        if validation_number_of_frames is not UNSET:
            field_dict["validation_number_of_frames"] = validation_number_of_frames
        if validation_resolution is not UNSET:
            field_dict["validation_resolution"] = validation_resolution
        if validation_aspect_ratio is not UNSET:
            field_dict["validation_aspect_ratio"] = validation_aspect_ratio
        if validation_reverse is not UNSET:
            field_dict["validation_reverse"] = validation_reverse

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.validation import Validation  # noqa: PLC0415

        d = dict(src_dict)
        training_data_url = d.pop("training_data_url")

        _rank = d.pop("rank", UNSET)
        rank: LtxVideoTrainerInputRank | Unset
        if isinstance(_rank, Unset):
            rank = UNSET
        else:
            rank = check_ltx_video_trainer_input_rank(_rank)

        number_of_steps = d.pop("number_of_steps", UNSET)

        number_of_frames = d.pop("number_of_frames", UNSET)

        frame_rate = d.pop("frame_rate", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: LtxVideoTrainerInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_ltx_video_trainer_input_resolution(_resolution)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: LtxVideoTrainerInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_ltx_video_trainer_input_aspect_ratio(_aspect_ratio)

        learning_rate = d.pop("learning_rate", UNSET)

        trigger_phrase = d.pop("trigger_phrase", UNSET)

        auto_scale_input = d.pop("auto_scale_input", UNSET)

        split_input_into_scenes = d.pop("split_input_into_scenes", UNSET)

        split_input_duration_threshold = d.pop("split_input_duration_threshold", UNSET)

        _validation = d.pop("validation", UNSET)
        validation: list[Validation] | Unset = UNSET
        if _validation is not UNSET:
            validation = []
            for validation_item_data in _validation:
                validation_item = Validation.from_dict(validation_item_data)

                validation.append(validation_item)

        validation_negative_prompt = d.pop("validation_negative_prompt", UNSET)

        validation_number_of_frames = d.pop("validation_number_of_frames", UNSET)

        _validation_resolution = d.pop("validation_resolution", UNSET)
        validation_resolution: LtxVideoTrainerInputValidationResolution | Unset
        if isinstance(_validation_resolution, Unset):
            validation_resolution = UNSET
        else:
            validation_resolution = check_ltx_video_trainer_input_validation_resolution(
                _validation_resolution
            )

        _validation_aspect_ratio = d.pop("validation_aspect_ratio", UNSET)
        validation_aspect_ratio: LtxVideoTrainerInputValidationAspectRatio | Unset
        if isinstance(_validation_aspect_ratio, Unset):
            validation_aspect_ratio = UNSET
        else:
            validation_aspect_ratio = check_ltx_video_trainer_input_validation_aspect_ratio(
                _validation_aspect_ratio
            )

        validation_reverse = d.pop("validation_reverse", UNSET)

        ltx_video_trainer_input = cls(
            training_data_url=training_data_url,
            rank=rank,
            number_of_steps=number_of_steps,
            number_of_frames=number_of_frames,
            frame_rate=frame_rate,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            learning_rate=learning_rate,
            trigger_phrase=trigger_phrase,
            auto_scale_input=auto_scale_input,
            split_input_into_scenes=split_input_into_scenes,
            split_input_duration_threshold=split_input_duration_threshold,
            validation=validation,
            validation_negative_prompt=validation_negative_prompt,
            validation_number_of_frames=validation_number_of_frames,
            validation_resolution=validation_resolution,
            validation_aspect_ratio=validation_aspect_ratio,
            validation_reverse=validation_reverse,
        )

        return ltx_video_trainer_input
