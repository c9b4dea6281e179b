from typing import Literal

WorkflowUtilitiesExtractNthFrameInputOutputFormat = Literal["jpeg", "jpg", "png", "webp"]

WORKFLOW_UTILITIES_EXTRACT_NTH_FRAME_INPUT_OUTPUT_FORMAT_VALUES: set[
    WorkflowUtilitiesExtractNthFrameInputOutputFormat
] = {
    "jpeg",
    "jpg",
    "png",
    "webp",
}


def check_workflow_utilities_extract_nth_frame_input_output_format(
    value: str,
) -> WorkflowUtilitiesExtractNthFrameInputOutputFormat:
    if value in WORKFLOW_UTILITIES_EXTRACT_NTH_FRAME_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKFLOW_UTILITIES_EXTRACT_NTH_FRAME_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
