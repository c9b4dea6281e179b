from typing import Literal

MicrosoftMaiImage25ProEditInputOutputFormat = Literal["jpeg", "png", "webp"]

MICROSOFT_MAI_IMAGE_25_PRO_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[
    MicrosoftMaiImage25ProEditInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_microsoft_mai_image_25_pro_edit_input_output_format(
    value: str,
) -> MicrosoftMaiImage25ProEditInputOutputFormat:
    if value in MICROSOFT_MAI_IMAGE_25_PRO_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MICROSOFT_MAI_IMAGE_25_PRO_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
