from typing import Literal

PointPromptLabel = Literal[0, 1]

POINT_PROMPT_LABEL_VALUES: set[PointPromptLabel] = {
    0,
    1,
}


def check_point_prompt_label(value: int) -> PointPromptLabel:
    if value in POINT_PROMPT_LABEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {POINT_PROMPT_LABEL_VALUES!r}")
