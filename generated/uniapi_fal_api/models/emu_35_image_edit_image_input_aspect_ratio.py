from typing import Literal

Emu35ImageEditImageInputAspectRatio = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "9:16", "9:21", "auto"
]

EMU_35_IMAGE_EDIT_IMAGE_INPUT_ASPECT_RATIO_VALUES: set[Emu35ImageEditImageInputAspectRatio] = {
    "16:9",
    "1:1",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
    "9:21",
    "auto",
}


def check_emu_35_image_edit_image_input_aspect_ratio(
    value: str,
) -> Emu35ImageEditImageInputAspectRatio:
    if value in EMU_35_IMAGE_EDIT_IMAGE_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EMU_35_IMAGE_EDIT_IMAGE_INPUT_ASPECT_RATIO_VALUES!r}"
    )
