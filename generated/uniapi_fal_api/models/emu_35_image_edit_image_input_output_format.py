from typing import Literal

Emu35ImageEditImageInputOutputFormat = Literal["jpeg", "png", "webp"]

EMU_35_IMAGE_EDIT_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[Emu35ImageEditImageInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_emu_35_image_edit_image_input_output_format(
    value: str,
) -> Emu35ImageEditImageInputOutputFormat:
    if value in EMU_35_IMAGE_EDIT_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EMU_35_IMAGE_EDIT_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
