from typing import Literal

PersonaplexInputVoice = Literal[
    "NATF0",
    "NATF1",
    "NATF2",
    "NATF3",
    "NATM0",
    "NATM1",
    "NATM2",
    "NATM3",
    "VARF0",
    "VARF1",
    "VARF2",
    "VARF3",
    "VARF4",
    "VARM0",
    "VARM1",
    "VARM2",
    "VARM3",
    "VARM4",
]

PERSONAPLEX_INPUT_VOICE_VALUES: set[PersonaplexInputVoice] = {
    "NATF0",
    "NATF1",
    "NATF2",
    "NATF3",
    "NATM0",
    "NATM1",
    "NATM2",
    "NATM3",
    "VARF0",
    "VARF1",
    "VARF2",
    "VARF3",
    "VARF4",
    "VARM0",
    "VARM1",
    "VARM2",
    "VARM3",
    "VARM4",
}


def check_personaplex_input_voice(value: str) -> PersonaplexInputVoice:
    if value in PERSONAPLEX_INPUT_VOICE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PERSONAPLEX_INPUT_VOICE_VALUES!r}"
    )
