from typing import Literal

LumaAgentUni1V1MaxInputStyle = Literal["auto", "manga"]

LUMA_AGENT_UNI_1V1_MAX_INPUT_STYLE_VALUES: set[LumaAgentUni1V1MaxInputStyle] = {
    "auto",
    "manga",
}


def check_luma_agent_uni_1v1_max_input_style(value: str) -> LumaAgentUni1V1MaxInputStyle:
    if value in LUMA_AGENT_UNI_1V1_MAX_INPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_AGENT_UNI_1V1_MAX_INPUT_STYLE_VALUES!r}"
    )
