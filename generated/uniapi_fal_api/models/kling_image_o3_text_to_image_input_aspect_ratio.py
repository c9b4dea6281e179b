from typing import Literal

KlingImageO3TextToImageInputAspectRatio = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "9:16"
]

KLING_IMAGE_O3_TEXT_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES: set[
    KlingImageO3TextToImageInputAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
}


def check_kling_image_o3_text_to_image_input_aspect_ratio(
    value: str,
) -> KlingImageO3TextToImageInputAspectRatio:
    if value in KLING_IMAGE_O3_TEXT_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_IMAGE_O3_TEXT_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES!r}"
    )
