from typing import Literal

Emu35ImageTextToImageInputResolution = Literal["480p", "720p"]

EMU_35_IMAGE_TEXT_TO_IMAGE_INPUT_RESOLUTION_VALUES: set[Emu35ImageTextToImageInputResolution] = {
    "480p",
    "720p",
}


def check_emu_35_image_text_to_image_input_resolution(
    value: str,
) -> Emu35ImageTextToImageInputResolution:
    if value in EMU_35_IMAGE_TEXT_TO_IMAGE_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EMU_35_IMAGE_TEXT_TO_IMAGE_INPUT_RESOLUTION_VALUES!r}"
    )
