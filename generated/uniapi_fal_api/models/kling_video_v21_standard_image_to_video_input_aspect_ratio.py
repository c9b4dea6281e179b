from typing import Literal

KlingVideoV21StandardImageToVideoInputAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_VIDEO_V21_STANDARD_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    KlingVideoV21StandardImageToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_video_v21_standard_image_to_video_input_aspect_ratio(
    value: str,
) -> KlingVideoV21StandardImageToVideoInputAspectRatio:
    if value in KLING_VIDEO_V21_STANDARD_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V21_STANDARD_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
