from typing import Literal

KlingVideoV16StandardTextToVideoInputAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_VIDEO_V16_STANDARD_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    KlingVideoV16StandardTextToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_video_v16_standard_text_to_video_input_aspect_ratio(
    value: str,
) -> KlingVideoV16StandardTextToVideoInputAspectRatio:
    if value in KLING_VIDEO_V16_STANDARD_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V16_STANDARD_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
