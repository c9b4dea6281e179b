from typing import Literal

TelestyleV2InputAcceleration = Literal["none", "regular"]

TELESTYLE_V2_INPUT_ACCELERATION_VALUES: set[TelestyleV2InputAcceleration] = {
    "none",
    "regular",
}


def check_telestyle_v2_input_acceleration(value: str) -> TelestyleV2InputAcceleration:
    if value in TELESTYLE_V2_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TELESTYLE_V2_INPUT_ACCELERATION_VALUES!r}"
    )
