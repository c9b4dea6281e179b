from typing import Literal

LtxVideoV095ExtendInputAspectRatio = Literal["16:9", "9:16"]

LTX_VIDEO_V095_EXTEND_INPUT_ASPECT_RATIO_VALUES: set[LtxVideoV095ExtendInputAspectRatio] = {
    "16:9",
    "9:16",
}


def check_ltx_video_v095_extend_input_aspect_ratio(
    value: str,
) -> LtxVideoV095ExtendInputAspectRatio:
    if value in LTX_VIDEO_V095_EXTEND_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_VIDEO_V095_EXTEND_INPUT_ASPECT_RATIO_VALUES!r}"
    )
