from typing import Literal

ViduQ3ReferenceToVideoMixInputAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]

VIDU_Q3_REFERENCE_TO_VIDEO_MIX_INPUT_ASPECT_RATIO_VALUES: set[
    ViduQ3ReferenceToVideoMixInputAspectRatio
] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_vidu_q3_reference_to_video_mix_input_aspect_ratio(
    value: str,
) -> ViduQ3ReferenceToVideoMixInputAspectRatio:
    if value in VIDU_Q3_REFERENCE_TO_VIDEO_MIX_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_Q3_REFERENCE_TO_VIDEO_MIX_INPUT_ASPECT_RATIO_VALUES!r}"
    )
