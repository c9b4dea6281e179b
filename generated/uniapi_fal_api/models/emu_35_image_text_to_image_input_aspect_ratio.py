from typing import Literal

Emu35ImageTextToImageInputAspectRatio = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "9:16", "9:21"
]

EMU_35_IMAGE_TEXT_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES: set[Emu35ImageTextToImageInputAspectRatio] = {
    "16:9",
    "1:1",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
    "9:21",
}


def check_emu_35_image_text_to_image_input_aspect_ratio(
    value: str,
) -> Emu35ImageTextToImageInputAspectRatio:
    if value in EMU_35_IMAGE_TEXT_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EMU_35_IMAGE_TEXT_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES!r}"
    )
