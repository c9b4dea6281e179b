from typing import Literal

MagiDistilledExtendVideoInputAspectRatio = Literal["16:9", "1:1", "9:16", "auto"]

MAGI_DISTILLED_EXTEND_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    MagiDistilledExtendVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
    "auto",
}


def check_magi_distilled_extend_video_input_aspect_ratio(
    value: str,
) -> MagiDistilledExtendVideoInputAspectRatio:
    if value in MAGI_DISTILLED_EXTEND_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAGI_DISTILLED_EXTEND_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
