from typing import Literal

Scail2InputSubjectType = Literal["animal", "human"]

SCAIL_2_INPUT_SUBJECT_TYPE_VALUES: set[Scail2InputSubjectType] = {
    "animal",
    "human",
}


def check_scail_2_input_subject_type(value: str) -> Scail2InputSubjectType:
    if value in SCAIL_2_INPUT_SUBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SCAIL_2_INPUT_SUBJECT_TYPE_VALUES!r}"
    )
