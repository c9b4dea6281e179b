from typing import Literal

FluxSchnellInputImageSizeType0 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

FLUX_SCHNELL_INPUT_IMAGE_SIZE_TYPE_0_VALUES: set[FluxSchnellInputImageSizeType0] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_flux_schnell_input_image_size_type_0(value: str) -> FluxSchnellInputImageSizeType0:
    if value in FLUX_SCHNELL_INPUT_IMAGE_SIZE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_SCHNELL_INPUT_IMAGE_SIZE_TYPE_0_VALUES!r}"
    )
