from typing import Literal

Vibevoice05BInputSpeaker = Literal["Carter", "Emma", "Frank", "Grace", "Mike", "Wayne"]

VIBEVOICE_05B_INPUT_SPEAKER_VALUES: set[Vibevoice05BInputSpeaker] = {
    "Carter",
    "Emma",
    "Frank",
    "Grace",
    "Mike",
    "Wayne",
}


def check_vibevoice_05b_input_speaker(value: str) -> Vibevoice05BInputSpeaker:
    if value in VIBEVOICE_05B_INPUT_SPEAKER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIBEVOICE_05B_INPUT_SPEAKER_VALUES!r}"
    )
