from typing import Literal

KlingVideoV34KImageToVideoInputDuration = Literal[
    "10", "11", "12", "13", "14", "15", "3", "4", "5", "6", "7", "8", "9"
]

KLING_VIDEO_V34K_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[
    KlingVideoV34KImageToVideoInputDuration
] = {
    "10",
    "11",
    "12",
    "13",
    "14",
    "15",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
}


def check_kling_video_v34k_image_to_video_input_duration(
    value: str,
) -> KlingVideoV34KImageToVideoInputDuration:
    if value in KLING_VIDEO_V34K_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V34K_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
