from typing import Literal

Flux2FlashEditInputOutputFormat = Literal["jpeg", "png", "webp"]

FLUX_2_FLASH_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[Flux2FlashEditInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_flux_2_flash_edit_input_output_format(value: str) -> Flux2FlashEditInputOutputFormat:
    if value in FLUX_2_FLASH_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_FLASH_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
