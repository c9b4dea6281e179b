from typing import Literal

FluxKontextDevInputResolutionMode = Literal[
    "16:9",
    "1:1",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "4:5",
    "5:4",
    "9:16",
    "9:21",
    "auto",
    "match_input",
]

FLUX_KONTEXT_DEV_INPUT_RESOLUTION_MODE_VALUES: set[FluxKontextDevInputResolutionMode] = {
    "16:9",
    "1:1",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "4:5",
    "5:4",
    "9:16",
    "9:21",
    "auto",
    "match_input",
}


def check_flux_kontext_dev_input_resolution_mode(value: str) -> FluxKontextDevInputResolutionMode:
    if value in FLUX_KONTEXT_DEV_INPUT_RESOLUTION_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_KONTEXT_DEV_INPUT_RESOLUTION_MODE_VALUES!r}"
    )
