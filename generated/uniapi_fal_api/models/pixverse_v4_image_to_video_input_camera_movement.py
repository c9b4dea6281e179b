from typing import Literal

PixverseV4ImageToVideoInputCameraMovement = Literal[
    "camera_rotation",
    "crane_up",
    "fix_bg",
    "hitchcock",
    "horizontal_left",
    "horizontal_right",
    "left_follow",
    "pan_left",
    "pan_right",
    "quickly_zoom_in",
    "quickly_zoom_out",
    "right_follow",
    "robo_arm",
    "smooth_zoom_in",
    "super_dolly_out",
    "vertical_down",
    "vertical_up",
    "whip_pan",
    "zoom_in",
    "zoom_out",
]

PIXVERSE_V4_IMAGE_TO_VIDEO_INPUT_CAMERA_MOVEMENT_VALUES: set[
    PixverseV4ImageToVideoInputCameraMovement
] = {
    "camera_rotation",
    "crane_up",
    "fix_bg",
    "hitchcock",
    "horizontal_left",
    "horizontal_right",
    "left_follow",
    "pan_left",
    "pan_right",
    "quickly_zoom_in",
    "quickly_zoom_out",
    "right_follow",
    "robo_arm",
    "smooth_zoom_in",
    "super_dolly_out",
    "vertical_down",
    "vertical_up",
    "whip_pan",
    "zoom_in",
    "zoom_out",
}


def check_pixverse_v4_image_to_video_input_camera_movement(
    value: str,
) -> PixverseV4ImageToVideoInputCameraMovement:
    if value in PIXVERSE_V4_IMAGE_TO_VIDEO_INPUT_CAMERA_MOVEMENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V4_IMAGE_TO_VIDEO_INPUT_CAMERA_MOVEMENT_VALUES!r}"
    )
