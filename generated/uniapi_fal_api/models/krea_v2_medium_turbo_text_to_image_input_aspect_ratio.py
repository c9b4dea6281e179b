from typing import Literal

KreaV2MediumTurboTextToImageInputAspectRatio = Literal[
    "16:9", "1:1", "2.35:1", "2:3", "3:2", "4:3", "4:5", "9:16"
]

KREA_V2_MEDIUM_TURBO_TEXT_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES: set[
    KreaV2MediumTurboTextToImageInputAspectRatio
] = {
    "16:9",
    "1:1",
    "2.35:1",
    "2:3",
    "3:2",
    "4:3",
    "4:5",
    "9:16",
}


def check_krea_v2_medium_turbo_text_to_image_input_aspect_ratio(
    value: str,
) -> KreaV2MediumTurboTextToImageInputAspectRatio:
    if value in KREA_V2_MEDIUM_TURBO_TEXT_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KREA_V2_MEDIUM_TURBO_TEXT_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES!r}"
    )
