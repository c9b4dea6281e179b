from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.krea_2_trainer_input_auto_captioning import (
    Krea2TrainerInputAutoCaptioning,
    check_krea_2_trainer_input_auto_captioning,
)
from ..models.krea_2_trainer_input_resolution import (
    Krea2TrainerInputResolution,
    check_krea_2_trainer_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .krea_2_trainer_output import Krea2TrainerOutput  # noqa: F401


T = TypeVar("T", bound="Krea2TrainerInput")


@_attrs_define
class Krea2TrainerInput(FalInput["Krea2TrainerOutput"], endpoint="fal-ai/krea-2-trainer"):
    """Input of `fal-ai/krea-2-trainer` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    images_data_url: str
    """URL or local file."""
    auto_captioning: Krea2TrainerInputAutoCaptioning | Unset = UNSET
    """One of "Off", "Object/Character", "Style", "Custom". Server default: "Off"."""
    debug_dataset: bool | Unset = UNSET
    """Boolean."""
    learning_rate: float | Unset = UNSET
    """Number. Server default: 0.0005."""
    resolution: Krea2TrainerInputResolution | Unset = UNSET
    """One of 768, 1024."""
    steps: float | Unset = UNSET
    """Number. Server default: 100."""
    trigger_phrase: str | Unset = UNSET
    """String. Server default: ""."""

    def to_dict(self) -> dict[str, Any]:
        images_data_url = self.images_data_url

        auto_captioning: str | Unset = UNSET
        if not isinstance(self.auto_captioning, Unset):
            auto_captioning = self.auto_captioning

        debug_dataset = self.debug_dataset

        learning_rate = self.learning_rate

        resolution: int | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        steps = self.steps

        trigger_phrase = self.trigger_phrase

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "images_data_url": images_data_url,
            }
        )
        if auto_captioning is not UNSET:
            field_dict["auto_captioning"] = auto_captioning
        if debug_dataset is not UNSET:
            field_dict["debug_dataset"] = debug_dataset
        if learning_rate is not UNSET:
            field_dict["learning_rate"] = learning_rate
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if steps is not UNSET:
            field_dict["steps"] = steps
        if trigger_phrase is not UNSET:
            field_dict["trigger_phrase"] = trigger_phrase

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        images_data_url = d.pop("images_data_url")

        _auto_captioning = d.pop("auto_captioning", UNSET)
        auto_captioning: Krea2TrainerInputAutoCaptioning | Unset
        if isinstance(_auto_captioning, Unset):
            auto_captioning = UNSET
        else:
            auto_captioning = check_krea_2_trainer_input_auto_captioning(_auto_captioning)

        debug_dataset = d.pop("debug_dataset", UNSET)

        learning_rate = d.pop("learning_rate", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: Krea2TrainerInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_krea_2_trainer_input_resolution(_resolution)

        steps = d.pop("steps", UNSET)

        trigger_phrase = d.pop("trigger_phrase", UNSET)

        krea_2_trainer_input = cls(
            images_data_url=images_data_url,
            auto_captioning=auto_captioning,
            debug_dataset=debug_dataset,
            learning_rate=learning_rate,
            resolution=resolution,
            steps=steps,
            trigger_phrase=trigger_phrase,
        )

        return krea_2_trainer_input
