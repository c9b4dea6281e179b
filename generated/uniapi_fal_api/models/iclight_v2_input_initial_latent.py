from typing import Literal

IclightV2InputInitialLatent = Literal["Bottom", "Left", "None", "Right", "Top"]

ICLIGHT_V2_INPUT_INITIAL_LATENT_VALUES: set[IclightV2InputInitialLatent] = {
    "Bottom",
    "Left",
    "None",
    "Right",
    "Top",
}


def check_iclight_v2_input_initial_latent(value: str) -> IclightV2InputInitialLatent:
    if value in ICLIGHT_V2_INPUT_INITIAL_LATENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ICLIGHT_V2_INPUT_INITIAL_LATENT_VALUES!r}"
    )
