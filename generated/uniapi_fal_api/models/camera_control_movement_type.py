from typing import Literal

CameraControlMovementType = Literal["horizontal", "pan", "roll", "tilt", "vertical", "zoom"]

CAMERA_CONTROL_MOVEMENT_TYPE_VALUES: set[CameraControlMovementType] = {
    "horizontal",
    "pan",
    "roll",
    "tilt",
    "vertical",
    "zoom",
}


def check_camera_control_movement_type(value: str) -> CameraControlMovementType:
    if value in CAMERA_CONTROL_MOVEMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CAMERA_CONTROL_MOVEMENT_TYPE_VALUES!r}"
    )
