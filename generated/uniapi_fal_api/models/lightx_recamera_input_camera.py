from typing import Literal

LightxRecameraInputCamera = Literal["target", "traj"]

LIGHTX_RECAMERA_INPUT_CAMERA_VALUES: set[LightxRecameraInputCamera] = {
    "target",
    "traj",
}


def check_lightx_recamera_input_camera(value: str) -> LightxRecameraInputCamera:
    if value in LIGHTX_RECAMERA_INPUT_CAMERA_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIGHTX_RECAMERA_INPUT_CAMERA_VALUES!r}"
    )
