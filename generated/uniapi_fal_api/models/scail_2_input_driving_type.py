from typing import Literal

Scail2InputDrivingType = Literal["end_to_end", "pose"]

SCAIL_2_INPUT_DRIVING_TYPE_VALUES: set[Scail2InputDrivingType] = {
    "end_to_end",
    "pose",
}


def check_scail_2_input_driving_type(value: str) -> Scail2InputDrivingType:
    if value in SCAIL_2_INPUT_DRIVING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SCAIL_2_INPUT_DRIVING_TYPE_VALUES!r}"
    )
