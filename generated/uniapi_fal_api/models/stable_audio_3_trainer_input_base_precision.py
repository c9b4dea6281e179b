from typing import Literal

StableAudio3TrainerInputBasePrecision = Literal["bf16", "bfloat16", "float16", "fp16"]

STABLE_AUDIO_3_TRAINER_INPUT_BASE_PRECISION_VALUES: set[StableAudio3TrainerInputBasePrecision] = {
    "bf16",
    "bfloat16",
    "float16",
    "fp16",
}


def check_stable_audio_3_trainer_input_base_precision(
    value: str,
) -> StableAudio3TrainerInputBasePrecision:
    if value in STABLE_AUDIO_3_TRAINER_INPUT_BASE_PRECISION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STABLE_AUDIO_3_TRAINER_INPUT_BASE_PRECISION_VALUES!r}"
    )
