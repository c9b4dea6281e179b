from typing import Literal

PointPromptBaseLabel = Literal[0, 1]

POINT_PROMPT_BASE_LABEL_VALUES: set[PointPromptBaseLabel] = {
    0,
    1,
}


def check_point_prompt_base_label(value: int) -> PointPromptBaseLabel:
    if value in POINT_PROMPT_BASE_LABEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POINT_PROMPT_BASE_LABEL_VALUES!r}"
    )
