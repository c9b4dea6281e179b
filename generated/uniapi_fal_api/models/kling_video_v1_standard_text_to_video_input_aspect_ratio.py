from typing import Literal

KlingVideoV1StandardTextToVideoInputAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_VIDEO_V1_STANDARD_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    KlingVideoV1StandardTextToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_video_v1_standard_text_to_video_input_aspect_ratio(
    value: str,
) -> KlingVideoV1StandardTextToVideoInputAspectRatio:
    if value in KLING_VIDEO_V1_STANDARD_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V1_STANDARD_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
