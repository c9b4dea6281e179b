from typing import Literal

BytedanceSeedance20ImageToVideoInputDuration = Literal[
    "10", "11", "12", "13", "14", "15", "4", "5", "6", "7", "8", "9", "auto"
]

BYTEDANCE_SEEDANCE_20_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[
    BytedanceSeedance20ImageToVideoInputDuration
] = {
    "10",
    "11",
    "12",
    "13",
    "14",
    "15",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
    "auto",
}


def check_bytedance_seedance_20_image_to_video_input_duration(
    value: str,
) -> BytedanceSeedance20ImageToVideoInputDuration:
    if value in BYTEDANCE_SEEDANCE_20_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_20_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
