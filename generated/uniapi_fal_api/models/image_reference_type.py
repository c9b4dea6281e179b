from typing import Literal

ImageReferenceType = Literal["background", "subject"]

IMAGE_REFERENCE_TYPE_VALUES: set[ImageReferenceType] = {
    "background",
    "subject",
}


def check_image_reference_type(value: str) -> ImageReferenceType:
    if value in IMAGE_REFERENCE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_REFERENCE_TYPE_VALUES!r}")
