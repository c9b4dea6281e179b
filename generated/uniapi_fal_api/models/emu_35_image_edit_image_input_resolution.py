from typing import Literal

Emu35ImageEditImageInputResolution = Literal["480p", "720p"]

EMU_35_IMAGE_EDIT_IMAGE_INPUT_RESOLUTION_VALUES: set[Emu35ImageEditImageInputResolution] = {
    "480p",
    "720p",
}


def check_emu_35_image_edit_image_input_resolution(
    value: str,
) -> Emu35ImageEditImageInputResolution:
    if value in EMU_35_IMAGE_EDIT_IMAGE_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EMU_35_IMAGE_EDIT_IMAGE_INPUT_RESOLUTION_VALUES!r}"
    )
