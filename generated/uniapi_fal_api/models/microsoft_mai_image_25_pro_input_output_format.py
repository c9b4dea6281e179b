from typing import Literal

MicrosoftMaiImage25ProInputOutputFormat = Literal["jpeg", "png", "webp"]

MICROSOFT_MAI_IMAGE_25_PRO_INPUT_OUTPUT_FORMAT_VALUES: set[
    MicrosoftMaiImage25ProInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_microsoft_mai_image_25_pro_input_output_format(
    value: str,
) -> MicrosoftMaiImage25ProInputOutputFormat:
    if value in MICROSOFT_MAI_IMAGE_25_PRO_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MICROSOFT_MAI_IMAGE_25_PRO_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
