from typing import Literal

LumaAgentUni1V1MaxEditInputOutputFormat = Literal["jpeg", "png"]

LUMA_AGENT_UNI_1V1_MAX_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[
    LumaAgentUni1V1MaxEditInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_luma_agent_uni_1v1_max_edit_input_output_format(
    value: str,
) -> LumaAgentUni1V1MaxEditInputOutputFormat:
    if value in LUMA_AGENT_UNI_1V1_MAX_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_AGENT_UNI_1V1_MAX_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
