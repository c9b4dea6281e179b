from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.trellis_2_lora_trainer_input_denoisers_item import (
    Trellis2LoraTrainerInputDenoisersItem,
    check_trellis_2_lora_trainer_input_denoisers_item,
)
from ..models.trellis_2_lora_trainer_input_rank import (
    Trellis2LoraTrainerInputRank,
    check_trellis_2_lora_trainer_input_rank,
)
from ..models.trellis_2_lora_trainer_input_resolution import (
    Trellis2LoraTrainerInputResolution,
    check_trellis_2_lora_trainer_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .trellis_2_lora_trainer_output import Trellis2LoraTrainerOutput  # noqa: F401


T = TypeVar("T", bound="Trellis2LoraTrainerInput")


@_attrs_define
class Trellis2LoraTrainerInput(
    FalInput["Trellis2LoraTrainerOutput"], endpoint="fal-ai/trellis-2-lora-trainer"
):
    """Input of `fal-ai/trellis-2-lora-trainer` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    data_url: str
    """URL or local file."""
    denoisers: list[Trellis2LoraTrainerInputDenoisersItem] | Unset = UNSET
    """List of one of "sparse_structure", "geometry", "texture"."""
    learning_rate: float | Unset = UNSET
    """Number. Server default: 0.0001."""
    rank: Trellis2LoraTrainerInputRank | Unset = UNSET
    """One of 16, 32, 64."""
    resolution: Trellis2LoraTrainerInputResolution | Unset = UNSET
    """One of 512, 1024."""
    training_steps: float | Unset = UNSET
    """Number. Server default: 1000."""

    def to_dict(self) -> dict[str, Any]:
        data_url = self.data_url

        denoisers: list[str] | Unset = UNSET
        if not isinstance(self.denoisers, Unset):
            denoisers = []
            for denoisers_item_data in self.denoisers:
                denoisers_item: str = denoisers_item_data
                denoisers.append(denoisers_item)

        learning_rate = self.learning_rate

        rank: int | Unset = UNSET
        if not isinstance(self.rank, Unset):
            rank = self.rank

        resolution: int | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        training_steps = self.training_steps

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data_url": data_url,
            }
        )
        if denoisers is not UNSET:
            field_dict["denoisers"] = denoisers
        if learning_rate is not UNSET:
            field_dict["learning_rate"] = learning_rate
        if rank is not UNSET:
            field_dict["rank"] = rank
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if training_steps is not UNSET:
            field_dict["training_steps"] = training_steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data_url = d.pop("data_url")

        _denoisers = d.pop("denoisers", UNSET)
        denoisers: list[Trellis2LoraTrainerInputDenoisersItem] | Unset = UNSET
        if _denoisers is not UNSET:
            denoisers = []
            for denoisers_item_data in _denoisers:
                denoisers_item = check_trellis_2_lora_trainer_input_denoisers_item(
                    denoisers_item_data
                )

                denoisers.append(denoisers_item)

        learning_rate = d.pop("learning_rate", UNSET)

        _rank = d.pop("rank", UNSET)
        rank: Trellis2LoraTrainerInputRank | Unset
        if isinstance(_rank, Unset):
            rank = UNSET
        else:
            rank = check_trellis_2_lora_trainer_input_rank(_rank)

        _resolution = d.pop("resolution", UNSET)
        resolution: Trellis2LoraTrainerInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_trellis_2_lora_trainer_input_resolution(_resolution)

        training_steps = d.pop("training_steps", UNSET)

        trellis_2_lora_trainer_input = cls(
            data_url=data_url,
            denoisers=denoisers,
            learning_rate=learning_rate,
            rank=rank,
            resolution=resolution,
            training_steps=training_steps,
        )

        return trellis_2_lora_trainer_input
