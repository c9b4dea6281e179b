from typing import Literal

TelestyleV2InputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

TELESTYLE_V2_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[TelestyleV2InputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_telestyle_v2_input_image_size_type_1(value: str) -> TelestyleV2InputImageSizeType1:
    if value in TELESTYLE_V2_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TELESTYLE_V2_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
