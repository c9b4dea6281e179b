from typing import Literal

LtxVideo13BDevInputResolution = Literal["480p", "720p"]

LTX_VIDEO_13B_DEV_INPUT_RESOLUTION_VALUES: set[LtxVideo13BDevInputResolution] = {
    "480p",
    "720p",
}


def check_ltx_video_13b_dev_input_resolution(value: str) -> LtxVideo13BDevInputResolution:
    if value in LTX_VIDEO_13B_DEV_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_VIDEO_13B_DEV_INPUT_RESOLUTION_VALUES!r}"
    )
