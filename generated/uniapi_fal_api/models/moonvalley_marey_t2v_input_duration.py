from typing import Literal

MoonvalleyMareyT2VInputDuration = Literal["10s", "5s"]

MOONVALLEY_MAREY_T2V_INPUT_DURATION_VALUES: set[MoonvalleyMareyT2VInputDuration] = {
    "10s",
    "5s",
}


def check_moonvalley_marey_t2v_input_duration(value: str) -> MoonvalleyMareyT2VInputDuration:
    if value in MOONVALLEY_MAREY_T2V_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MOONVALLEY_MAREY_T2V_INPUT_DURATION_VALUES!r}"
    )
