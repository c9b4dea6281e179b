from typing import Literal

LtxVideo13BDevMulticonditioningInputAspectRatio = Literal["16:9", "1:1", "9:16", "auto"]

LTX_VIDEO_13B_DEV_MULTICONDITIONING_INPUT_ASPECT_RATIO_VALUES: set[
    LtxVideo13BDevMulticonditioningInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
    "auto",
}


def check_ltx_video_13b_dev_multiconditioning_input_aspect_ratio(
    value: str,
) -> LtxVideo13BDevMulticonditioningInputAspectRatio:
    if value in LTX_VIDEO_13B_DEV_MULTICONDITIONING_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_VIDEO_13B_DEV_MULTICONDITIONING_INPUT_ASPECT_RATIO_VALUES!r}"
    )
