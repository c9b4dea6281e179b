from typing import Literal

SkyreelsI2VInputAspectRatio = Literal["16:9", "9:16"]

SKYREELS_I2V_INPUT_ASPECT_RATIO_VALUES: set[SkyreelsI2VInputAspectRatio] = {
    "16:9",
    "9:16",
}


def check_skyreels_i2v_input_aspect_ratio(value: str) -> SkyreelsI2VInputAspectRatio:
    if value in SKYREELS_I2V_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SKYREELS_I2V_INPUT_ASPECT_RATIO_VALUES!r}"
    )
