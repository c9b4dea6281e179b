from typing import Literal

WorkflowUtilitiesImpulseResponseInputOutputBitrate = Literal["128k", "192k", "256k", "320k"]

WORKFLOW_UTILITIES_IMPULSE_RESPONSE_INPUT_OUTPUT_BITRATE_VALUES: set[
    WorkflowUtilitiesImpulseResponseInputOutputBitrate
] = {
    "128k",
    "192k",
    "256k",
    "320k",
}


def check_workflow_utilities_impulse_response_input_output_bitrate(
    value: str,
) -> WorkflowUtilitiesImpulseResponseInputOutputBitrate:
    if value in WORKFLOW_UTILITIES_IMPULSE_RESPONSE_INPUT_OUTPUT_BITRATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKFLOW_UTILITIES_IMPULSE_RESPONSE_INPUT_OUTPUT_BITRATE_VALUES!r}"
    )
