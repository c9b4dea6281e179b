from typing import Literal

StableAudio3TrainerInputAdapterType = Literal[
    "bora",
    "bora-xs",
    "dora",
    "dora-cols",
    "dora-cols-xs",
    "dora-rows",
    "dora-rows-xs",
    "lora",
    "lora-xs",
]

STABLE_AUDIO_3_TRAINER_INPUT_ADAPTER_TYPE_VALUES: set[StableAudio3TrainerInputAdapterType] = {
    "bora",
    "bora-xs",
    "dora",
    "dora-cols",
    "dora-cols-xs",
    "dora-rows",
    "dora-rows-xs",
    "lora",
    "lora-xs",
}


def check_stable_audio_3_trainer_input_adapter_type(
    value: str,
) -> StableAudio3TrainerInputAdapterType:
    if value in STABLE_AUDIO_3_TRAINER_INPUT_ADAPTER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STABLE_AUDIO_3_TRAINER_INPUT_ADAPTER_TYPE_VALUES!r}"
    )
