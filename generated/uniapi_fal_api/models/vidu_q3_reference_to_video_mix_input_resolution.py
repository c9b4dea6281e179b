from typing import Literal

ViduQ3ReferenceToVideoMixInputResolution = Literal["1080p", "360p", "540p", "720p"]

VIDU_Q3_REFERENCE_TO_VIDEO_MIX_INPUT_RESOLUTION_VALUES: set[
    ViduQ3ReferenceToVideoMixInputResolution
] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_vidu_q3_reference_to_video_mix_input_resolution(
    value: str,
) -> ViduQ3ReferenceToVideoMixInputResolution:
    if value in VIDU_Q3_REFERENCE_TO_VIDEO_MIX_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_Q3_REFERENCE_TO_VIDEO_MIX_INPUT_RESOLUTION_VALUES!r}"
    )
