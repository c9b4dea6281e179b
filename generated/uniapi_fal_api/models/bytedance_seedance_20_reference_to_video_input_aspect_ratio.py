from typing import Literal

BytedanceSeedance20ReferenceToVideoInputAspectRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "9:16", "auto"
]

BYTEDANCE_SEEDANCE_20_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    BytedanceSeedance20ReferenceToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
    "auto",
}


def check_bytedance_seedance_20_reference_to_video_input_aspect_ratio(
    value: str,
) -> BytedanceSeedance20ReferenceToVideoInputAspectRatio:
    if value in BYTEDANCE_SEEDANCE_20_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_20_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
