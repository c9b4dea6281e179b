from typing import Literal

HunyuanVideoVideoToVideoInputResolution = Literal["480p", "580p", "720p"]

HUNYUAN_VIDEO_VIDEO_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    HunyuanVideoVideoToVideoInputResolution
] = {
    "480p",
    "580p",
    "720p",
}


def check_hunyuan_video_video_to_video_input_resolution(
    value: str,
) -> HunyuanVideoVideoToVideoInputResolution:
    if value in HUNYUAN_VIDEO_VIDEO_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUNYUAN_VIDEO_VIDEO_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
