from typing import Literal

MagiDistilledExtendVideoInputResolution = Literal["480p", "720p"]

MAGI_DISTILLED_EXTEND_VIDEO_INPUT_RESOLUTION_VALUES: set[
    MagiDistilledExtendVideoInputResolution
] = {
    "480p",
    "720p",
}


def check_magi_distilled_extend_video_input_resolution(
    value: str,
) -> MagiDistilledExtendVideoInputResolution:
    if value in MAGI_DISTILLED_EXTEND_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAGI_DISTILLED_EXTEND_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
