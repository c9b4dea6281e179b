from typing import Literal

IdeogramV3GenerateTransparentInputAspectRatio = Literal[
    "10:16",
    "16:10",
    "16:9",
    "1:1",
    "1:2",
    "1:3",
    "2:1",
    "2:3",
    "3:1",
    "3:2",
    "3:4",
    "4:3",
    "4:5",
    "5:4",
    "9:16",
]

IDEOGRAM_V3_GENERATE_TRANSPARENT_INPUT_ASPECT_RATIO_VALUES: set[
    IdeogramV3GenerateTransparentInputAspectRatio
] = {
    "10:16",
    "16:10",
    "16:9",
    "1:1",
    "1:2",
    "1:3",
    "2:1",
    "2:3",
    "3:1",
    "3:2",
    "3:4",
    "4:3",
    "4:5",
    "5:4",
    "9:16",
}


def check_ideogram_v3_generate_transparent_input_aspect_ratio(
    value: str,
) -> IdeogramV3GenerateTransparentInputAspectRatio:
    if value in IDEOGRAM_V3_GENERATE_TRANSPARENT_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V3_GENERATE_TRANSPARENT_INPUT_ASPECT_RATIO_VALUES!r}"
    )
