from typing import Literal

BytedanceSeedance20ImageToVideoInputAspectRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "9:16", "auto"
]

BYTEDANCE_SEEDANCE_20_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    BytedanceSeedance20ImageToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
    "auto",
}


def check_bytedance_seedance_20_image_to_video_input_aspect_ratio(
    value: str,
) -> BytedanceSeedance20ImageToVideoInputAspectRatio:
    if value in BYTEDANCE_SEEDANCE_20_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_20_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
