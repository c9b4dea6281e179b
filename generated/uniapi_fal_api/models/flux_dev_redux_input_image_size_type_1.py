from typing import Literal

FluxDevReduxInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

FLUX_DEV_REDUX_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[FluxDevReduxInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_flux_dev_redux_input_image_size_type_1(value: str) -> FluxDevReduxInputImageSizeType1:
    if value in FLUX_DEV_REDUX_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_DEV_REDUX_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
