from typing import Literal

ImageAppsV2ExpressionChangeInputTargetExpression = Literal[
    "angry",
    "confident",
    "confused",
    "cry",
    "dreamy",
    "excited",
    "focused",
    "glare",
    "happy",
    "laugh",
    "mysterious",
    "panic",
    "playful",
    "sad",
    "serious",
    "shocked",
    "shyness",
    "smile",
    "surprise",
    "thoughtful",
]

IMAGE_APPS_V2_EXPRESSION_CHANGE_INPUT_TARGET_EXPRESSION_VALUES: set[
    ImageAppsV2ExpressionChangeInputTargetExpression
] = {
    "angry",
    "confident",
    "confused",
    "cry",
    "dreamy",
    "excited",
    "focused",
    "glare",
    "happy",
    "laugh",
    "mysterious",
    "panic",
    "playful",
    "sad",
    "serious",
    "shocked",
    "shyness",
    "smile",
    "surprise",
    "thoughtful",
}


def check_image_apps_v2_expression_change_input_target_expression(
    value: str,
) -> ImageAppsV2ExpressionChangeInputTargetExpression:
    if value in IMAGE_APPS_V2_EXPRESSION_CHANGE_INPUT_TARGET_EXPRESSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_APPS_V2_EXPRESSION_CHANGE_INPUT_TARGET_EXPRESSION_VALUES!r}"
    )
