from typing import Literal

FluxProV11ReduxInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

FLUX_PRO_V11_REDUX_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[FluxProV11ReduxInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_flux_pro_v11_redux_input_image_size_type_1(
    value: str,
) -> FluxProV11ReduxInputImageSizeType1:
    if value in FLUX_PRO_V11_REDUX_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_PRO_V11_REDUX_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
