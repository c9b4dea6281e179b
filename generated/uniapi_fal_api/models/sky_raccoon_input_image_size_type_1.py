from typing import Literal

SkyRaccoonInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

SKY_RACCOON_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[SkyRaccoonInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_sky_raccoon_input_image_size_type_1(value: str) -> SkyRaccoonInputImageSizeType1:
    if value in SKY_RACCOON_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SKY_RACCOON_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
