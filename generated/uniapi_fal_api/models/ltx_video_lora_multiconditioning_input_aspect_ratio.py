from typing import Literal

LtxVideoLoraMulticonditioningInputAspectRatio = Literal["16:9", "1:1", "9:16", "auto"]

LTX_VIDEO_LORA_MULTICONDITIONING_INPUT_ASPECT_RATIO_VALUES: set[
    LtxVideoLoraMulticonditioningInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
    "auto",
}


def check_ltx_video_lora_multiconditioning_input_aspect_ratio(
    value: str,
) -> LtxVideoLoraMulticonditioningInputAspectRatio:
    if value in LTX_VIDEO_LORA_MULTICONDITIONING_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_VIDEO_LORA_MULTICONDITIONING_INPUT_ASPECT_RATIO_VALUES!r}"
    )
