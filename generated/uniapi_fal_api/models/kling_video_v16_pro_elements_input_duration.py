from typing import Literal

KlingVideoV16ProElementsInputDuration = Literal["10", "5"]

KLING_VIDEO_V16_PRO_ELEMENTS_INPUT_DURATION_VALUES: set[KlingVideoV16ProElementsInputDuration] = {
    "10",
    "5",
}


def check_kling_video_v16_pro_elements_input_duration(
    value: str,
) -> KlingVideoV16ProElementsInputDuration:
    if value in KLING_VIDEO_V16_PRO_ELEMENTS_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V16_PRO_ELEMENTS_INPUT_DURATION_VALUES!r}"
    )
