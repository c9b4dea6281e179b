from typing import Literal

KlingV3MultiPromptElementDuration = Literal[
    "1", "10", "11", "12", "13", "14", "15", "2", "3", "4", "5", "6", "7", "8", "9"
]

KLING_V3_MULTI_PROMPT_ELEMENT_DURATION_VALUES: set[KlingV3MultiPromptElementDuration] = {
    "1",
    "10",
    "11",
    "12",
    "13",
    "14",
    "15",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
}


def check_kling_v3_multi_prompt_element_duration(value: str) -> KlingV3MultiPromptElementDuration:
    if value in KLING_V3_MULTI_PROMPT_ELEMENT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V3_MULTI_PROMPT_ELEMENT_DURATION_VALUES!r}"
    )
