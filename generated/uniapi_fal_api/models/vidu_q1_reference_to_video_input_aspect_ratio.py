from typing import Literal

ViduQ1ReferenceToVideoInputAspectRatio = Literal["16:9", "1:1", "9:16"]

VIDU_Q1_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    ViduQ1ReferenceToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_vidu_q1_reference_to_video_input_aspect_ratio(
    value: str,
) -> ViduQ1ReferenceToVideoInputAspectRatio:
    if value in VIDU_Q1_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_Q1_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
