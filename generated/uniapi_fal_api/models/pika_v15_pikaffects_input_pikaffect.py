from typing import Literal

PikaV15PikaffectsInputPikaffect = Literal[
    "Cake-ify",
    "Crumble",
    "Crush",
    "Decapitate",
    "Deflate",
    "Dissolve",
    "Explode",
    "Eye-pop",
    "Inflate",
    "Levitate",
    "Melt",
    "Peel",
    "Poke",
    "Squish",
    "Ta-da",
    "Tear",
]

PIKA_V15_PIKAFFECTS_INPUT_PIKAFFECT_VALUES: set[PikaV15PikaffectsInputPikaffect] = {
    "Cake-ify",
    "Crumble",
    "Crush",
    "Decapitate",
    "Deflate",
    "Dissolve",
    "Explode",
    "Eye-pop",
    "Inflate",
    "Levitate",
    "Melt",
    "Peel",
    "Poke",
    "Squish",
    "Ta-da",
    "Tear",
}


def check_pika_v15_pikaffects_input_pikaffect(value: str) -> PikaV15PikaffectsInputPikaffect:
    if value in PIKA_V15_PIKAFFECTS_INPUT_PIKAFFECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIKA_V15_PIKAFFECTS_INPUT_PIKAFFECT_VALUES!r}"
    )
