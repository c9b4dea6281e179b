from typing import Literal

ViduQ2ReferenceToVideoProInputResolution = Literal["1080p", "540p", "720p"]

VIDU_Q2_REFERENCE_TO_VIDEO_PRO_INPUT_RESOLUTION_VALUES: set[
    ViduQ2ReferenceToVideoProInputResolution
] = {
    "1080p",
    "540p",
    "720p",
}


def check_vidu_q2_reference_to_video_pro_input_resolution(
    value: str,
) -> ViduQ2ReferenceToVideoProInputResolution:
    if value in VIDU_Q2_REFERENCE_TO_VIDEO_PRO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_Q2_REFERENCE_TO_VIDEO_PRO_INPUT_RESOLUTION_VALUES!r}"
    )
