from typing import Literal

WorkflowUtilitiesBlendVideoInputBlendMode = Literal[
    "addition",
    "average",
    "burn",
    "darken",
    "difference",
    "divide",
    "dodge",
    "exclusion",
    "grainextract",
    "grainmerge",
    "hardlight",
    "lighten",
    "multiply",
    "negation",
    "normal",
    "overlay",
    "phoenix",
    "pinlight",
    "reflect",
    "screen",
    "softlight",
    "subtract",
    "vividlight",
]

WORKFLOW_UTILITIES_BLEND_VIDEO_INPUT_BLEND_MODE_VALUES: set[
    WorkflowUtilitiesBlendVideoInputBlendMode
] = {
    "addition",
    "average",
    "burn",
    "darken",
    "difference",
    "divide",
    "dodge",
    "exclusion",
    "grainextract",
    "grainmerge",
    "hardlight",
    "lighten",
    "multiply",
    "negation",
    "normal",
    "overlay",
    "phoenix",
    "pinlight",
    "reflect",
    "screen",
    "softlight",
    "subtract",
    "vividlight",
}


def check_workflow_utilities_blend_video_input_blend_mode(
    value: str,
) -> WorkflowUtilitiesBlendVideoInputBlendMode:
    if value in WORKFLOW_UTILITIES_BLEND_VIDEO_INPUT_BLEND_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKFLOW_UTILITIES_BLEND_VIDEO_INPUT_BLEND_MODE_VALUES!r}"
    )
