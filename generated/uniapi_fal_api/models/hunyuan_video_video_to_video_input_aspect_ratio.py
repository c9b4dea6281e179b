from typing import Literal

HunyuanVideoVideoToVideoInputAspectRatio = Literal["16:9", "9:16"]

HUNYUAN_VIDEO_VIDEO_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    HunyuanVideoVideoToVideoInputAspectRatio
] = {
    "16:9",
    "9:16",
}


def check_hunyuan_video_video_to_video_input_aspect_ratio(
    value: str,
) -> HunyuanVideoVideoToVideoInputAspectRatio:
    if value in HUNYUAN_VIDEO_VIDEO_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUNYUAN_VIDEO_VIDEO_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
