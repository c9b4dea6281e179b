from typing import Literal

NvidiaNemotron3NanoOmniVideoInputReasoningMode = Literal["no_think", "think"]

NVIDIA_NEMOTRON_3_NANO_OMNI_VIDEO_INPUT_REASONING_MODE_VALUES: set[
    NvidiaNemotron3NanoOmniVideoInputReasoningMode
] = {
    "no_think",
    "think",
}


def check_nvidia_nemotron_3_nano_omni_video_input_reasoning_mode(
    value: str,
) -> NvidiaNemotron3NanoOmniVideoInputReasoningMode:
    if value in NVIDIA_NEMOTRON_3_NANO_OMNI_VIDEO_INPUT_REASONING_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NVIDIA_NEMOTRON_3_NANO_OMNI_VIDEO_INPUT_REASONING_MODE_VALUES!r}"
    )
