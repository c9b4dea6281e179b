from typing import Literal

BytedanceSeedanceV1ProFastImageToVideoInputDuration = Literal[
    "10", "11", "12", "2", "3", "4", "5", "6", "7", "8", "9"
]

BYTEDANCE_SEEDANCE_V1_PRO_FAST_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[
    BytedanceSeedanceV1ProFastImageToVideoInputDuration
] = {
    "10",
    "11",
    "12",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
}


def check_bytedance_seedance_v1_pro_fast_image_to_video_input_duration(
    value: str,
) -> BytedanceSeedanceV1ProFastImageToVideoInputDuration:
    if value in BYTEDANCE_SEEDANCE_V1_PRO_FAST_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_V1_PRO_FAST_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
