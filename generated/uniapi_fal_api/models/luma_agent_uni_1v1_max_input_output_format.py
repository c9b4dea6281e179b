from typing import Literal

LumaAgentUni1V1MaxInputOutputFormat = Literal["jpeg", "png"]

LUMA_AGENT_UNI_1V1_MAX_INPUT_OUTPUT_FORMAT_VALUES: set[LumaAgentUni1V1MaxInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_luma_agent_uni_1v1_max_input_output_format(
    value: str,
) -> LumaAgentUni1V1MaxInputOutputFormat:
    if value in LUMA_AGENT_UNI_1V1_MAX_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_AGENT_UNI_1V1_MAX_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
