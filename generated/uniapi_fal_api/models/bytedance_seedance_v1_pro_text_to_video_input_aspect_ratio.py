from typing import Literal

BytedanceSeedanceV1ProTextToVideoInputAspectRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "9:16"
]

BYTEDANCE_SEEDANCE_V1_PRO_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    BytedanceSeedanceV1ProTextToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
}


def check_bytedance_seedance_v1_pro_text_to_video_input_aspect_ratio(
    value: str,
) -> BytedanceSeedanceV1ProTextToVideoInputAspectRatio:
    if value in BYTEDANCE_SEEDANCE_V1_PRO_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_V1_PRO_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
