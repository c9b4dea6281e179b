from typing import Literal

LtxVideoV095ExtendInputResolution = Literal["480p", "720p"]

LTX_VIDEO_V095_EXTEND_INPUT_RESOLUTION_VALUES: set[LtxVideoV095ExtendInputResolution] = {
    "480p",
    "720p",
}


def check_ltx_video_v095_extend_input_resolution(value: str) -> LtxVideoV095ExtendInputResolution:
    if value in LTX_VIDEO_V095_EXTEND_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_VIDEO_V095_EXTEND_INPUT_RESOLUTION_VALUES!r}"
    )
