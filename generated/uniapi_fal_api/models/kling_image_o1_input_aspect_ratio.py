from typing import Literal

KlingImageO1InputAspectRatio = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "9:16", "auto"
]

KLING_IMAGE_O1_INPUT_ASPECT_RATIO_VALUES: set[KlingImageO1InputAspectRatio] = {
    "16:9",
    "1:1",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
    "auto",
}


def check_kling_image_o1_input_aspect_ratio(value: str) -> KlingImageO1InputAspectRatio:
    if value in KLING_IMAGE_O1_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_IMAGE_O1_INPUT_ASPECT_RATIO_VALUES!r}"
    )
