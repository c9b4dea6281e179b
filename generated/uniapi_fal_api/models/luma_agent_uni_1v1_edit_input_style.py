from typing import Literal

LumaAgentUni1V1EditInputStyle = Literal["auto", "manga"]

LUMA_AGENT_UNI_1V1_EDIT_INPUT_STYLE_VALUES: set[LumaAgentUni1V1EditInputStyle] = {
    "auto",
    "manga",
}


def check_luma_agent_uni_1v1_edit_input_style(value: str) -> LumaAgentUni1V1EditInputStyle:
    if value in LUMA_AGENT_UNI_1V1_EDIT_INPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_AGENT_UNI_1V1_EDIT_INPUT_STYLE_VALUES!r}"
    )
