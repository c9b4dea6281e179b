from typing import Literal

SensenovaU1InfographicInputAspectRatio = Literal[
    "16:9", "1:1", "1:2", "2:1", "2:3", "3:2", "3:4", "4:3", "9:16"
]

SENSENOVA_U1_INFOGRAPHIC_INPUT_ASPECT_RATIO_VALUES: set[SensenovaU1InfographicInputAspectRatio] = {
    "16:9",
    "1:1",
    "1:2",
    "2:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
}


def check_sensenova_u1_infographic_input_aspect_ratio(
    value: str,
) -> SensenovaU1InfographicInputAspectRatio:
    if value in SENSENOVA_U1_INFOGRAPHIC_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SENSENOVA_U1_INFOGRAPHIC_INPUT_ASPECT_RATIO_VALUES!r}"
    )
