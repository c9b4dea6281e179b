from typing import Literal

BytedanceSeedance20MiniReferenceToVideoInputResolution = Literal["480p", "720p"]

BYTEDANCE_SEEDANCE_20_MINI_REFERENCE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    BytedanceSeedance20MiniReferenceToVideoInputResolution
] = {
    "480p",
    "720p",
}


def check_bytedance_seedance_20_mini_reference_to_video_input_resolution(
    value: str,
) -> BytedanceSeedance20MiniReferenceToVideoInputResolution:
    if value in BYTEDANCE_SEEDANCE_20_MINI_REFERENCE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_20_MINI_REFERENCE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
