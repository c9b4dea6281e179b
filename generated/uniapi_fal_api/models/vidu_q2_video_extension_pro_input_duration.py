from typing import Literal

ViduQ2VideoExtensionProInputDuration = Literal[2, 3, 4, 5, 6, 7]

VIDU_Q2_VIDEO_EXTENSION_PRO_INPUT_DURATION_VALUES: set[ViduQ2VideoExtensionProInputDuration] = {
    2,
    3,
    4,
    5,
    6,
    7,
}


def check_vidu_q2_video_extension_pro_input_duration(
    value: int,
) -> ViduQ2VideoExtensionProInputDuration:
    if value in VIDU_Q2_VIDEO_EXTENSION_PRO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_Q2_VIDEO_EXTENSION_PRO_INPUT_DURATION_VALUES!r}"
    )
