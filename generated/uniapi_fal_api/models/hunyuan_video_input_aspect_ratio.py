from typing import Literal

HunyuanVideoInputAspectRatio = Literal["16:9", "9:16"]

HUNYUAN_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[HunyuanVideoInputAspectRatio] = {
    "16:9",
    "9:16",
}


def check_hunyuan_video_input_aspect_ratio(value: str) -> HunyuanVideoInputAspectRatio:
    if value in HUNYUAN_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUNYUAN_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
