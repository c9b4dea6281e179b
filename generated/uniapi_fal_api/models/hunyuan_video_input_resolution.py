from typing import Literal

HunyuanVideoInputResolution = Literal["480p", "580p", "720p"]

HUNYUAN_VIDEO_INPUT_RESOLUTION_VALUES: set[HunyuanVideoInputResolution] = {
    "480p",
    "580p",
    "720p",
}


def check_hunyuan_video_input_resolution(value: str) -> HunyuanVideoInputResolution:
    if value in HUNYUAN_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUNYUAN_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
