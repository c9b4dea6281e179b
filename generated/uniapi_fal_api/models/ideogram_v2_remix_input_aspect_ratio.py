from typing import Literal

IdeogramV2RemixInputAspectRatio = Literal[
    "10:16", "16:10", "16:9", "1:1", "1:3", "2:3", "3:1", "3:2", "3:4", "4:3", "9:16"
]

IDEOGRAM_V2_REMIX_INPUT_ASPECT_RATIO_VALUES: set[IdeogramV2RemixInputAspectRatio] = {
    "10:16",
    "16:10",
    "16:9",
    "1:1",
    "1:3",
    "2:3",
    "3:1",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
}


def check_ideogram_v2_remix_input_aspect_ratio(value: str) -> IdeogramV2RemixInputAspectRatio:
    if value in IDEOGRAM_V2_REMIX_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V2_REMIX_INPUT_ASPECT_RATIO_VALUES!r}"
    )
