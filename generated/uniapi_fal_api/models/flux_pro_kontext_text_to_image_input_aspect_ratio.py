from typing import Literal

FluxProKontextTextToImageInputAspectRatio = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "9:16", "9:21"
]

FLUX_PRO_KONTEXT_TEXT_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES: set[
    FluxProKontextTextToImageInputAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
    "9:21",
}


def check_flux_pro_kontext_text_to_image_input_aspect_ratio(
    value: str,
) -> FluxProKontextTextToImageInputAspectRatio:
    if value in FLUX_PRO_KONTEXT_TEXT_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_PRO_KONTEXT_TEXT_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES!r}"
    )
