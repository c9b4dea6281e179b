from typing import Literal

WorkflowUtilitiesAudioCompressorInputOutputBitrate = Literal["128k", "192k", "256k", "320k"]

WORKFLOW_UTILITIES_AUDIO_COMPRESSOR_INPUT_OUTPUT_BITRATE_VALUES: set[
    WorkflowUtilitiesAudioCompressorInputOutputBitrate
] = {
    "128k",
    "192k",
    "256k",
    "320k",
}


def check_workflow_utilities_audio_compressor_input_output_bitrate(
    value: str,
) -> WorkflowUtilitiesAudioCompressorInputOutputBitrate:
    if value in WORKFLOW_UTILITIES_AUDIO_COMPRESSOR_INPUT_OUTPUT_BITRATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKFLOW_UTILITIES_AUDIO_COMPRESSOR_INPUT_OUTPUT_BITRATE_VALUES!r}"
    )
