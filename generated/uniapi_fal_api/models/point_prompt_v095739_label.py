from typing import Literal

PointPromptV095739Label = Literal[0, 1]

POINT_PROMPT_V095739_LABEL_VALUES: set[PointPromptV095739Label] = {
    0,
    1,
}


def check_point_prompt_v095739_label(value: int) -> PointPromptV095739Label:
    if value in POINT_PROMPT_V095739_LABEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POINT_PROMPT_V095739_LABEL_VALUES!r}"
    )
