from typing import Literal

DubbingInputTargetLanguage = Literal["english", "hindi", "turkish"]

DUBBING_INPUT_TARGET_LANGUAGE_VALUES: set[DubbingInputTargetLanguage] = {
    "english",
    "hindi",
    "turkish",
}


def check_dubbing_input_target_language(value: str) -> DubbingInputTargetLanguage:
    if value in DUBBING_INPUT_TARGET_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DUBBING_INPUT_TARGET_LANGUAGE_VALUES!r}"
    )
