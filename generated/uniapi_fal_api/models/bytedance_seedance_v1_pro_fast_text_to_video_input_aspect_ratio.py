from typing import Literal

BytedanceSeedanceV1ProFastTextToVideoInputAspectRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "9:16"
]

BYTEDANCE_SEEDANCE_V1_PRO_FAST_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    BytedanceSeedanceV1ProFastTextToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
}


def check_bytedance_seedance_v1_pro_fast_text_to_video_input_aspect_ratio(
    value: str,
) -> BytedanceSeedanceV1ProFastTextToVideoInputAspectRatio:
    if value in BYTEDANCE_SEEDANCE_V1_PRO_FAST_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_V1_PRO_FAST_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
