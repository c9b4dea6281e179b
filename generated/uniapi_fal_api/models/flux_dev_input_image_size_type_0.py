from typing import Literal

FluxDevInputImageSizeType0 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

FLUX_DEV_INPUT_IMAGE_SIZE_TYPE_0_VALUES: set[FluxDevInputImageSizeType0] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_flux_dev_input_image_size_type_0(value: str) -> FluxDevInputImageSizeType0:
    if value in FLUX_DEV_INPUT_IMAGE_SIZE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_DEV_INPUT_IMAGE_SIZE_TYPE_0_VALUES!r}"
    )
