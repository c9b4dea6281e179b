from typing import Literal

ImageAppsV2PerspectiveInputTargetPerspective = Literal[
    "back",
    "birds_eye",
    "bottom_up",
    "front",
    "left_side",
    "right_side",
    "three_quarter_left",
    "three_quarter_right",
    "top_down",
]

IMAGE_APPS_V2_PERSPECTIVE_INPUT_TARGET_PERSPECTIVE_VALUES: set[
    ImageAppsV2PerspectiveInputTargetPerspective
] = {
    "back",
    "birds_eye",
    "bottom_up",
    "front",
    "left_side",
    "right_side",
    "three_quarter_left",
    "three_quarter_right",
    "top_down",
}


def check_image_apps_v2_perspective_input_target_perspective(
    value: str,
) -> ImageAppsV2PerspectiveInputTargetPerspective:
    if value in IMAGE_APPS_V2_PERSPECTIVE_INPUT_TARGET_PERSPECTIVE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_APPS_V2_PERSPECTIVE_INPUT_TARGET_PERSPECTIVE_VALUES!r}"
    )
