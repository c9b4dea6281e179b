from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.stable_audio_3_trainer_input_adapter_type import (
    StableAudio3TrainerInputAdapterType,
    check_stable_audio_3_trainer_input_adapter_type,
)
from ..models.stable_audio_3_trainer_input_base_precision import (
    StableAudio3TrainerInputBasePrecision,
    check_stable_audio_3_trainer_input_base_precision,
)
from ..models.stable_audio_3_trainer_input_model import (
    StableAudio3TrainerInputModel,
    check_stable_audio_3_trainer_input_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .stable_audio_3_trainer_output import StableAudio3TrainerOutput  # noqa: F401


T = TypeVar("T", bound="StableAudio3TrainerInput")


@_attrs_define
class StableAudio3TrainerInput(
    FalInput["StableAudio3TrainerOutput"], endpoint="fal-ai/stable-audio-3-trainer"
):
    """Input of `fal-ai/stable-audio-3-trainer` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    audio_data_url: str
    """URL or local file."""
    adapter_type: StableAudio3TrainerInputAdapterType | Unset = UNSET
    """One of "lora", "dora", "dora-rows", "dora-cols", "bora", "lora-xs", "dora-rows-xs",
    "dora-cols-xs", ... (9 values). Server default: "dora-rows"."""
    base_precision: StableAudio3TrainerInputBasePrecision | Unset = UNSET
    """One of "bf16", "bfloat16", "fp16", "float16". Server default: "bf16"."""
    batch_size: float | Unset = UNSET
    """Number. Server default: 1."""
    duration: float | Unset = UNSET
    """Number."""
    exclude: list[str] | Unset = UNSET
    """List of string."""
    include: list[str] | Unset = UNSET
    """List of string."""
    learning_rate: float | Unset = UNSET
    """Number. Server default: 0.0001."""
    lora_checkpoint_url: str | Unset = UNSET
    """URL or local file."""
    model: StableAudio3TrainerInputModel | Unset = UNSET
    """One of "medium-base", "small-music-base", "small-sfx-base". Server default: "medium-base"."""
    number_of_steps: float | Unset = UNSET
    """Number. Server default: 1000."""
    pre_encode: bool | Unset = UNSET
    """Boolean."""
    rank: float | Unset = UNSET
    """Number. Server default: 16."""
    seed: float | Unset = UNSET
    """Number. Server default: 42."""

    def to_dict(self) -> dict[str, Any]:
        audio_data_url = self.audio_data_url

        adapter_type: str | Unset = UNSET
        if not isinstance(self.adapter_type, Unset):
            adapter_type = self.adapter_type

        base_precision: str | Unset = UNSET
        if not isinstance(self.base_precision, Unset):
            base_precision = self.base_precision

        batch_size = self.batch_size

        duration = self.duration

        exclude: list[str] | Unset = UNSET
        if not isinstance(self.exclude, Unset):
            exclude = self.exclude

        include: list[str] | Unset = UNSET
        if not isinstance(self.include, Unset):
            include = self.include

        learning_rate = self.learning_rate

        lora_checkpoint_url = self.lora_checkpoint_url

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        number_of_steps = self.number_of_steps

        pre_encode = self.pre_encode

        rank = self.rank

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_data_url": audio_data_url,
            }
        )
        if adapter_type is not UNSET:
            field_dict["adapter_type"] = adapter_type
        if base_precision is not UNSET:
            field_dict["base_precision"] = base_precision
        if batch_size is not UNSET:
            field_dict["batch_size"] = batch_size
        if duration is not UNSET:
            field_dict["duration"] = duration
        if exclude is not UNSET:
            field_dict["exclude"] = exclude
        if include is not UNSET:
            field_dict["include"] = include
        if learning_rate is not UNSET:
            field_dict["learning_rate"] = learning_rate
        if lora_checkpoint_url is not UNSET:
            field_dict["lora_checkpoint_url"] = lora_checkpoint_url
        if model is not UNSET:
            field_dict["model"] = model
        if number_of_steps is not UNSET:
            field_dict["number_of_steps"] = number_of_steps
        if pre_encode is not UNSET:
            field_dict["pre_encode"] = pre_encode
        if rank is not UNSET:
            field_dict["rank"] = rank
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_data_url = d.pop("audio_data_url")

        _adapter_type = d.pop("adapter_type", UNSET)
        adapter_type: StableAudio3TrainerInputAdapterType | Unset
        if isinstance(_adapter_type, Unset):
            adapter_type = UNSET
        else:
            adapter_type = check_stable_audio_3_trainer_input_adapter_type(_adapter_type)

        _base_precision = d.pop("base_precision", UNSET)
        base_precision: StableAudio3TrainerInputBasePrecision | Unset
        if isinstance(_base_precision, Unset):
            base_precision = UNSET
        else:
            base_precision = check_stable_audio_3_trainer_input_base_precision(_base_precision)

        batch_size = d.pop("batch_size", UNSET)

        duration = d.pop("duration", UNSET)

        exclude = cast(list[str], d.pop("exclude", UNSET))

        include = cast(list[str], d.pop("include", UNSET))

        learning_rate = d.pop("learning_rate", UNSET)

        lora_checkpoint_url = d.pop("lora_checkpoint_url", UNSET)

        _model = d.pop("model", UNSET)
        model: StableAudio3TrainerInputModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_stable_audio_3_trainer_input_model(_model)

        number_of_steps = d.pop("number_of_steps", UNSET)

        pre_encode = d.pop("pre_encode", UNSET)

        rank = d.pop("rank", UNSET)

        seed = d.pop("seed", UNSET)

        stable_audio_3_trainer_input = cls(
            audio_data_url=audio_data_url,
            adapter_type=adapter_type,
            base_precision=base_precision,
            batch_size=batch_size,
            duration=duration,
            exclude=exclude,
            include=include,
            learning_rate=learning_rate,
            lora_checkpoint_url=lora_checkpoint_url,
            model=model,
            number_of_steps=number_of_steps,
            pre_encode=pre_encode,
            rank=rank,
            seed=seed,
        )

        return stable_audio_3_trainer_input
