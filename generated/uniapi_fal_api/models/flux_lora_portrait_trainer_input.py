from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .flux_lora_portrait_trainer_output import FluxLoraPortraitTrainerOutput  # noqa: F401


T = TypeVar("T", bound="FluxLoraPortraitTrainerInput")


@_attrs_define
class FluxLoraPortraitTrainerInput(
    FalInput["FluxLoraPortraitTrainerOutput"], endpoint="fal-ai/flux-lora-portrait-trainer"
):
    """Input of `fal-ai/flux-lora-portrait-trainer` (training)."""

    images_data_url: str
    """Images Data Url: string."""
    trigger_phrase: None | str | Unset = UNSET
    """Trigger Phrase: string or None."""
    learning_rate: float | Unset = UNSET
    """Learning Rate: number, 1e-06 to 0.001. Server default: 9e-05."""
    steps: int | Unset = UNSET
    """Steps: integer, 1 to 10,000. Server default: 2500."""
    multiresolution_training: bool | Unset = UNSET
    """Multiresolution Training: boolean. Server default: true."""
    subject_crop: bool | Unset = UNSET
    """Subject Crop: boolean. Server default: true."""
    data_archive_format: None | str | Unset = UNSET
    """Data Archive Format: string or None."""
    resume_from_checkpoint: str | Unset = UNSET
    """Resume From Checkpoint: string. Server default: ""."""
    create_masks: bool | Unset = UNSET
    """Create Masks: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        images_data_url = self.images_data_url

        trigger_phrase: None | str | Unset
        if isinstance(self.trigger_phrase, Unset):
            trigger_phrase = UNSET
        else:
            trigger_phrase = self.trigger_phrase

        learning_rate = self.learning_rate

        steps = self.steps

        multiresolution_training = self.multiresolution_training

        subject_crop = self.subject_crop

        data_archive_format: None | str | Unset
        if isinstance(self.data_archive_format, Unset):
            data_archive_format = UNSET
        else:
            data_archive_format = self.data_archive_format

        resume_from_checkpoint = self.resume_from_checkpoint

        create_masks = self.create_masks

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "images_data_url": images_data_url,
            }
        )
        if trigger_phrase is not UNSET:
            field_dict["trigger_phrase"] = trigger_phrase
        if learning_rate is not UNSET:
            field_dict["learning_rate"] = learning_rate
        if steps is not UNSET:
            field_dict["steps"] = steps
        if multiresolution_training is not UNSET:
            field_dict["multiresolution_training"] = multiresolution_training
        if subject_crop is not UNSET:
            field_dict["subject_crop"] = subject_crop
        if data_archive_format is not UNSET:
            field_dict["data_archive_format"] = data_archive_format
        if resume_from_checkpoint is not UNSET:
            field_dict["resume_from_checkpoint"] = resume_from_checkpoint
        if create_masks is not UNSET:
            field_dict["create_masks"] = create_masks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        images_data_url = d.pop("images_data_url")

        def _parse_trigger_phrase(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trigger_phrase = _parse_trigger_phrase(d.pop("trigger_phrase", UNSET))

        learning_rate = d.pop("learning_rate", UNSET)

        steps = d.pop("steps", UNSET)

        multiresolution_training = d.pop("multiresolution_training", UNSET)

        subject_crop = d.pop("subject_crop", UNSET)

        def _parse_data_archive_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_archive_format = _parse_data_archive_format(d.pop("data_archive_format", UNSET))

        resume_from_checkpoint = d.pop("resume_from_checkpoint", UNSET)

        create_masks = d.pop("create_masks", UNSET)

        flux_lora_portrait_trainer_input = cls(
            images_data_url=images_data_url,
            trigger_phrase=trigger_phrase,
            learning_rate=learning_rate,
            steps=steps,
            multiresolution_training=multiresolution_training,
            subject_crop=subject_crop,
            data_archive_format=data_archive_format,
            resume_from_checkpoint=resume_from_checkpoint,
            create_masks=create_masks,
        )

        return flux_lora_portrait_trainer_input
