from typing import Literal

LeffaPoseTransferInputOutputFormat = Literal["jpeg", "png"]

LEFFA_POSE_TRANSFER_INPUT_OUTPUT_FORMAT_VALUES: set[LeffaPoseTransferInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_leffa_pose_transfer_input_output_format(value: str) -> LeffaPoseTransferInputOutputFormat:
    if value in LEFFA_POSE_TRANSFER_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEFFA_POSE_TRANSFER_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
