from typing import Literal

SanaVideoInputResolution = Literal["480p"]

SANA_VIDEO_INPUT_RESOLUTION_VALUES: set[SanaVideoInputResolution] = {
    "480p",
}


def check_sana_video_input_resolution(value: str) -> SanaVideoInputResolution:
    if value in SANA_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SANA_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
