from typing import Literal

GoogleNanoBananaLiteInputAspectRatio = Literal[
    "16:9",
    "1:1",
    "1:4",
    "1:8",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:1",
    "4:3",
    "4:5",
    "5:4",
    "8:1",
    "9:16",
    "auto",
]

GOOGLE_NANO_BANANA_LITE_INPUT_ASPECT_RATIO_VALUES: set[GoogleNanoBananaLiteInputAspectRatio] = {
    "16:9",
    "1:1",
    "1:4",
    "1:8",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:1",
    "4:3",
    "4:5",
    "5:4",
    "8:1",
    "9:16",
    "auto",
}


def check_google_nano_banana_lite_input_aspect_ratio(
    value: str,
) -> GoogleNanoBananaLiteInputAspectRatio:
    if value in GOOGLE_NANO_BANANA_LITE_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GOOGLE_NANO_BANANA_LITE_INPUT_ASPECT_RATIO_VALUES!r}"
    )
