from typing import Literal

StableAudio3TrainerInputModel = Literal["medium-base", "small-music-base", "small-sfx-base"]

STABLE_AUDIO_3_TRAINER_INPUT_MODEL_VALUES: set[StableAudio3TrainerInputModel] = {
    "medium-base",
    "small-music-base",
    "small-sfx-base",
}


def check_stable_audio_3_trainer_input_model(value: str) -> StableAudio3TrainerInputModel:
    if value in STABLE_AUDIO_3_TRAINER_INPUT_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STABLE_AUDIO_3_TRAINER_INPUT_MODEL_VALUES!r}"
    )
