from typing import Literal

WorkflowUtilitiesScaleVideoInputCodec = Literal["libx264", "libx265"]

WORKFLOW_UTILITIES_SCALE_VIDEO_INPUT_CODEC_VALUES: set[WorkflowUtilitiesScaleVideoInputCodec] = {
    "libx264",
    "libx265",
}


def check_workflow_utilities_scale_video_input_codec(
    value: str,
) -> WorkflowUtilitiesScaleVideoInputCodec:
    if value in WORKFLOW_UTILITIES_SCALE_VIDEO_INPUT_CODEC_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKFLOW_UTILITIES_SCALE_VIDEO_INPUT_CODEC_VALUES!r}"
    )
