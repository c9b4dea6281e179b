from typing import Literal

MagiDistilledInputAspectRatio = Literal["16:9", "1:1", "9:16", "auto"]

MAGI_DISTILLED_INPUT_ASPECT_RATIO_VALUES: set[MagiDistilledInputAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
    "auto",
}


def check_magi_distilled_input_aspect_ratio(value: str) -> MagiDistilledInputAspectRatio:
    if value in MAGI_DISTILLED_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAGI_DISTILLED_INPUT_ASPECT_RATIO_VALUES!r}"
    )
