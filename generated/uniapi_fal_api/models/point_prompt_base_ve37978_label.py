from typing import Literal

PointPromptBaseVE37978Label = Literal[0, 1]

POINT_PROMPT_BASE_VE37978_LABEL_VALUES: set[PointPromptBaseVE37978Label] = {
    0,
    1,
}


def check_point_prompt_base_ve37978_label(value: int) -> PointPromptBaseVE37978Label:
    if value in POINT_PROMPT_BASE_VE37978_LABEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POINT_PROMPT_BASE_VE37978_LABEL_VALUES!r}"
    )
