from typing import Literal

LtxVideoLoraMulticonditioningInputResolution = Literal["480p", "720p"]

LTX_VIDEO_LORA_MULTICONDITIONING_INPUT_RESOLUTION_VALUES: set[
    LtxVideoLoraMulticonditioningInputResolution
] = {
    "480p",
    "720p",
}


def check_ltx_video_lora_multiconditioning_input_resolution(
    value: str,
) -> LtxVideoLoraMulticonditioningInputResolution:
    if value in LTX_VIDEO_LORA_MULTICONDITIONING_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_VIDEO_LORA_MULTICONDITIONING_INPUT_RESOLUTION_VALUES!r}"
    )
