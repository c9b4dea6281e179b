from typing import Literal

Sam2AutoSegmentInputOutputFormat = Literal["jpeg", "png"]

SAM_2_AUTO_SEGMENT_INPUT_OUTPUT_FORMAT_VALUES: set[Sam2AutoSegmentInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_sam_2_auto_segment_input_output_format(value: str) -> Sam2AutoSegmentInputOutputFormat:
    if value in SAM_2_AUTO_SEGMENT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SAM_2_AUTO_SEGMENT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
