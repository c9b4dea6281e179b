from typing import Literal

FluxKontextLoraInputResolutionMode = Literal[
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

FLUX_KONTEXT_LORA_INPUT_RESOLUTION_MODE_VALUES: set[FluxKontextLoraInputResolutionMode] = {
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


def check_flux_kontext_lora_input_resolution_mode(value: str) -> FluxKontextLoraInputResolutionMode:
    if value in FLUX_KONTEXT_LORA_INPUT_RESOLUTION_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_KONTEXT_LORA_INPUT_RESOLUTION_MODE_VALUES!r}"
    )
