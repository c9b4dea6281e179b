from typing import Literal

MicrosoftMaiImage25InputAspectRatio = Literal[
    "16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "auto"
]

MICROSOFT_MAI_IMAGE_25_INPUT_ASPECT_RATIO_VALUES: set[MicrosoftMaiImage25InputAspectRatio] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
    "auto",
}


def check_microsoft_mai_image_25_input_aspect_ratio(
    value: str,
) -> MicrosoftMaiImage25InputAspectRatio:
    if value in MICROSOFT_MAI_IMAGE_25_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MICROSOFT_MAI_IMAGE_25_INPUT_ASPECT_RATIO_VALUES!r}"
    )
