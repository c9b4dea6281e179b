from typing import Literal

NvidiaNemotron3NanoOmniAudioInputReasoningMode = Literal["no_think", "think"]

NVIDIA_NEMOTRON_3_NANO_OMNI_AUDIO_INPUT_REASONING_MODE_VALUES: set[
    NvidiaNemotron3NanoOmniAudioInputReasoningMode
] = {
    "no_think",
    "think",
}


def check_nvidia_nemotron_3_nano_omni_audio_input_reasoning_mode(
    value: str,
) -> NvidiaNemotron3NanoOmniAudioInputReasoningMode:
    if value in NVIDIA_NEMOTRON_3_NANO_OMNI_AUDIO_INPUT_REASONING_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NVIDIA_NEMOTRON_3_NANO_OMNI_AUDIO_INPUT_REASONING_MODE_VALUES!r}"
    )
