from typing import Literal

BytedanceSeedanceV1ProFastImageToVideoInputAspectRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "9:16", "auto"
]

BYTEDANCE_SEEDANCE_V1_PRO_FAST_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    BytedanceSeedanceV1ProFastImageToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
    "auto",
}


def check_bytedance_seedance_v1_pro_fast_image_to_video_input_aspect_ratio(
    value: str,
) -> BytedanceSeedanceV1ProFastImageToVideoInputAspectRatio:
    if value in BYTEDANCE_SEEDANCE_V1_PRO_FAST_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_V1_PRO_FAST_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
