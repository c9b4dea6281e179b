from typing import Literal

IdeogramV4ImageToImageInputOutputFormat = Literal["jpeg", "png"]

IDEOGRAM_V4_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[
    IdeogramV4ImageToImageInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_ideogram_v4_image_to_image_input_output_format(
    value: str,
) -> IdeogramV4ImageToImageInputOutputFormat:
    if value in IDEOGRAM_V4_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V4_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
