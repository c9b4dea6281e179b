from typing import Literal

FastFooocusSdxlImageToImageInputFormat = Literal["jpeg", "png"]

FAST_FOOOCUS_SDXL_IMAGE_TO_IMAGE_INPUT_FORMAT_VALUES: set[
    FastFooocusSdxlImageToImageInputFormat
] = {
    "jpeg",
    "png",
}


def check_fast_fooocus_sdxl_image_to_image_input_format(
    value: str,
) -> FastFooocusSdxlImageToImageInputFormat:
    if value in FAST_FOOOCUS_SDXL_IMAGE_TO_IMAGE_INPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_FOOOCUS_SDXL_IMAGE_TO_IMAGE_INPUT_FORMAT_VALUES!r}"
    )
