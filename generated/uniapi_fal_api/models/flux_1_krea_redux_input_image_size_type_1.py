from typing import Literal

Flux1KreaReduxInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

FLUX_1_KREA_REDUX_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[Flux1KreaReduxInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_flux_1_krea_redux_input_image_size_type_1(
    value: str,
) -> Flux1KreaReduxInputImageSizeType1:
    if value in FLUX_1_KREA_REDUX_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_1_KREA_REDUX_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
