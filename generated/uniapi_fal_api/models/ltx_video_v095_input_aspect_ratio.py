from typing import Literal

LtxVideoV095InputAspectRatio = Literal["16:9", "9:16"]

LTX_VIDEO_V095_INPUT_ASPECT_RATIO_VALUES: set[LtxVideoV095InputAspectRatio] = {
    "16:9",
    "9:16",
}


def check_ltx_video_v095_input_aspect_ratio(value: str) -> LtxVideoV095InputAspectRatio:
    if value in LTX_VIDEO_V095_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_VIDEO_V095_INPUT_ASPECT_RATIO_VALUES!r}"
    )
