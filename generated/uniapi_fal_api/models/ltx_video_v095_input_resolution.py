from typing import Literal

LtxVideoV095InputResolution = Literal["480p", "720p"]

LTX_VIDEO_V095_INPUT_RESOLUTION_VALUES: set[LtxVideoV095InputResolution] = {
    "480p",
    "720p",
}


def check_ltx_video_v095_input_resolution(value: str) -> LtxVideoV095InputResolution:
    if value in LTX_VIDEO_V095_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_VIDEO_V095_INPUT_RESOLUTION_VALUES!r}"
    )
