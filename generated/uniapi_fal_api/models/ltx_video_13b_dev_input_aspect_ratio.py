from typing import Literal

LtxVideo13BDevInputAspectRatio = Literal["16:9", "1:1", "9:16"]

LTX_VIDEO_13B_DEV_INPUT_ASPECT_RATIO_VALUES: set[LtxVideo13BDevInputAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_ltx_video_13b_dev_input_aspect_ratio(value: str) -> LtxVideo13BDevInputAspectRatio:
    if value in LTX_VIDEO_13B_DEV_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_VIDEO_13B_DEV_INPUT_ASPECT_RATIO_VALUES!r}"
    )
