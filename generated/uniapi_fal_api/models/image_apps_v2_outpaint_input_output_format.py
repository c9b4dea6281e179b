from typing import Literal

ImageAppsV2OutpaintInputOutputFormat = Literal["jpeg", "jpg", "png", "webp"]

IMAGE_APPS_V2_OUTPAINT_INPUT_OUTPUT_FORMAT_VALUES: set[ImageAppsV2OutpaintInputOutputFormat] = {
    "jpeg",
    "jpg",
    "png",
    "webp",
}


def check_image_apps_v2_outpaint_input_output_format(
    value: str,
) -> ImageAppsV2OutpaintInputOutputFormat:
    if value in IMAGE_APPS_V2_OUTPAINT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_APPS_V2_OUTPAINT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
