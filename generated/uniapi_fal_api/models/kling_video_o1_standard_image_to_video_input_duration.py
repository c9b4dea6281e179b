from typing import Literal

KlingVideoO1StandardImageToVideoInputDuration = Literal["10", "3", "4", "5", "6", "7", "8", "9"]

KLING_VIDEO_O1_STANDARD_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[
    KlingVideoO1StandardImageToVideoInputDuration
] = {
    "10",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
}


def check_kling_video_o1_standard_image_to_video_input_duration(
    value: str,
) -> KlingVideoO1StandardImageToVideoInputDuration:
    if value in KLING_VIDEO_O1_STANDARD_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O1_STANDARD_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
