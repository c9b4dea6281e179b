from typing import Literal

FluxPulidInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

FLUX_PULID_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[FluxPulidInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_flux_pulid_input_image_size_type_1(value: str) -> FluxPulidInputImageSizeType1:
    if value in FLUX_PULID_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_PULID_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
