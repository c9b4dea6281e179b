from typing import Literal

ViduQ2VideoExtensionProInputResolution = Literal["1080p", "720p"]

VIDU_Q2_VIDEO_EXTENSION_PRO_INPUT_RESOLUTION_VALUES: set[ViduQ2VideoExtensionProInputResolution] = {
    "1080p",
    "720p",
}


def check_vidu_q2_video_extension_pro_input_resolution(
    value: str,
) -> ViduQ2VideoExtensionProInputResolution:
    if value in VIDU_Q2_VIDEO_EXTENSION_PRO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_Q2_VIDEO_EXTENSION_PRO_INPUT_RESOLUTION_VALUES!r}"
    )
