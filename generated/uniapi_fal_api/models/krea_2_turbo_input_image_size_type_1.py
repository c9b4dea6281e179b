from typing import Literal

Krea2TurboInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

KREA_2_TURBO_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[Krea2TurboInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_krea_2_turbo_input_image_size_type_1(value: str) -> Krea2TurboInputImageSizeType1:
    if value in KREA_2_TURBO_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KREA_2_TURBO_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
