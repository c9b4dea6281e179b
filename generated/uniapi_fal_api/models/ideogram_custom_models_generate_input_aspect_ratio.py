from typing import Literal

IdeogramCustomModelsGenerateInputAspectRatio = Literal[
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

IDEOGRAM_CUSTOM_MODELS_GENERATE_INPUT_ASPECT_RATIO_VALUES: set[
    IdeogramCustomModelsGenerateInputAspectRatio
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


def check_ideogram_custom_models_generate_input_aspect_ratio(
    value: str,
) -> IdeogramCustomModelsGenerateInputAspectRatio:
    if value in IDEOGRAM_CUSTOM_MODELS_GENERATE_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_CUSTOM_MODELS_GENERATE_INPUT_ASPECT_RATIO_VALUES!r}"
    )
