from typing import Literal

NvidiaNemotronAsrMultilingualAsrInputAcceleration = Literal["full", "high", "none", "regular"]

NVIDIA_NEMOTRON_ASR_MULTILINGUAL_ASR_INPUT_ACCELERATION_VALUES: set[
    NvidiaNemotronAsrMultilingualAsrInputAcceleration
] = {
    "full",
    "high",
    "none",
    "regular",
}


def check_nvidia_nemotron_asr_multilingual_asr_input_acceleration(
    value: str,
) -> NvidiaNemotronAsrMultilingualAsrInputAcceleration:
    if value in NVIDIA_NEMOTRON_ASR_MULTILINGUAL_ASR_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NVIDIA_NEMOTRON_ASR_MULTILINGUAL_ASR_INPUT_ACCELERATION_VALUES!r}"
    )
