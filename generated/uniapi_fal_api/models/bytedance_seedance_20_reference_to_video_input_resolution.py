from typing import Literal

BytedanceSeedance20ReferenceToVideoInputResolution = Literal["1080p", "480p", "4k", "720p"]

BYTEDANCE_SEEDANCE_20_REFERENCE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    BytedanceSeedance20ReferenceToVideoInputResolution
] = {
    "1080p",
    "480p",
    "4k",
    "720p",
}


def check_bytedance_seedance_20_reference_to_video_input_resolution(
    value: str,
) -> BytedanceSeedance20ReferenceToVideoInputResolution:
    if value in BYTEDANCE_SEEDANCE_20_REFERENCE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_20_REFERENCE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
