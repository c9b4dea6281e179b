from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .wan_22_image_trainer_output import Wan22ImageTrainerOutput  # noqa: F401


T = TypeVar("T", bound="Wan22ImageTrainerInput")


@_attrs_define
class Wan22ImageTrainerInput(
    FalInput["Wan22ImageTrainerOutput"], endpoint="fal-ai/wan-22-image-trainer"
):
    """Input of `fal-ai/wan-22-image-trainer` (training)."""

    training_data_url: str
    """Training Data URL: string."""
    trigger_phrase: str
    """Trigger Phrase: string."""
    include_synthetic_captions: bool | Unset = UNSET
    """Include Synthetic Captions: boolean. Server default: false."""
    use_face_detection: bool | Unset = UNSET
    """Use Face Detection: boolean. Server default: true."""
    use_face_cropping: bool | Unset = UNSET
    """Use Face Cropping: boolean. Server default: false."""
    use_masks: bool | Unset = UNSET
    """Use Masks: boolean. Server default: true."""
    steps: int | Unset = UNSET
    """Number of Steps: integer, 10 to 6,000. Server default: 1000."""
    learning_rate: float | Unset = UNSET
    """Learning Rate: number, 1e-06 to 0.1, a multiple of 1e-06. Server default: 0.0007."""
    is_style: bool | Unset = UNSET
    """Is Style: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        training_data_url = self.training_data_url

        trigger_phrase = self.trigger_phrase

        include_synthetic_captions = self.include_synthetic_captions

        use_face_detection = self.use_face_detection

        use_face_cropping = self.use_face_cropping

        use_masks = self.use_masks

        steps = self.steps

        learning_rate = self.learning_rate

        is_style = self.is_style

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "training_data_url": training_data_url,
                "trigger_phrase": trigger_phrase,
            }
        )
        if include_synthetic_captions is not UNSET:
            field_dict["include_synthetic_captions"] = include_synthetic_captions
        if use_face_detection is not UNSET:
            field_dict["use_face_detection"] = use_face_detection
        if use_face_cropping is not UNSET:
            field_dict["use_face_cropping"] = use_face_cropping
        if use_masks is not UNSET:
            field_dict["use_masks"] = use_masks
        if steps is not UNSET:
            field_dict["steps"] = steps
        if learning_rate is not UNSET:
            field_dict["learning_rate"] = learning_rate
        if is_style is not UNSET:
            field_dict["is_style"] = is_style

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        training_data_url = d.pop("training_data_url")

        trigger_phrase = d.pop("trigger_phrase")

        include_synthetic_captions = d.pop("include_synthetic_captions", UNSET)

        use_face_detection = d.pop("use_face_detection", UNSET)

        use_face_cropping = d.pop("use_face_cropping", UNSET)

        use_masks = d.pop("use_masks", UNSET)

        steps = d.pop("steps", UNSET)

        learning_rate = d.pop("learning_rate", UNSET)

        is_style = d.pop("is_style", UNSET)

        wan_22_image_trainer_input = cls(
            training_data_url=training_data_url,
            trigger_phrase=trigger_phrase,
            include_synthetic_captions=include_synthetic_captions,
            use_face_detection=use_face_detection,
            use_face_cropping=use_face_cropping,
            use_masks=use_masks,
            steps=steps,
            learning_rate=learning_rate,
            is_style=is_style,
        )

        return wan_22_image_trainer_input
