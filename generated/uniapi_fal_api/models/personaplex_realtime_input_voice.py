from typing import Literal

PersonaplexRealtimeInputVoice = Literal[
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

PERSONAPLEX_REALTIME_INPUT_VOICE_VALUES: set[PersonaplexRealtimeInputVoice] = {
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


def check_personaplex_realtime_input_voice(value: str) -> PersonaplexRealtimeInputVoice:
    if value in PERSONAPLEX_REALTIME_INPUT_VOICE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PERSONAPLEX_REALTIME_INPUT_VOICE_VALUES!r}"
    )
