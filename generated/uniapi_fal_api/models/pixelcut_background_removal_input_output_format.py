from typing import Literal

PixelcutBackgroundRemovalInputOutputFormat = Literal["alpha", "rgba", "zip"]

PIXELCUT_BACKGROUND_REMOVAL_INPUT_OUTPUT_FORMAT_VALUES: set[
    PixelcutBackgroundRemovalInputOutputFormat
] = {
    "alpha",
    "rgba",
    "zip",
}


def check_pixelcut_background_removal_input_output_format(
    value: str,
) -> PixelcutBackgroundRemovalInputOutputFormat:
    if value in PIXELCUT_BACKGROUND_REMOVAL_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXELCUT_BACKGROUND_REMOVAL_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
