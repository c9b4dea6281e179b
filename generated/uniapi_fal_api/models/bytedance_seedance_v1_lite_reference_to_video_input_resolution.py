from typing import Literal

BytedanceSeedanceV1LiteReferenceToVideoInputResolution = Literal["480p", "720p"]

BYTEDANCE_SEEDANCE_V1_LITE_REFERENCE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    BytedanceSeedanceV1LiteReferenceToVideoInputResolution
] = {
    "480p",
    "720p",
}


def check_bytedance_seedance_v1_lite_reference_to_video_input_resolution(
    value: str,
) -> BytedanceSeedanceV1LiteReferenceToVideoInputResolution:
    if value in BYTEDANCE_SEEDANCE_V1_LITE_REFERENCE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_V1_LITE_REFERENCE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
