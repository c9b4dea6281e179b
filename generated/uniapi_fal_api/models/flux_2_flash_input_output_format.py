from typing import Literal

Flux2FlashInputOutputFormat = Literal["jpeg", "png", "webp"]

FLUX_2_FLASH_INPUT_OUTPUT_FORMAT_VALUES: set[Flux2FlashInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_flux_2_flash_input_output_format(value: str) -> Flux2FlashInputOutputFormat:
    if value in FLUX_2_FLASH_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_FLASH_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
