from typing import Literal

TurboFluxTrainerInputTrainingStyle = Literal["style", "subject"]

TURBO_FLUX_TRAINER_INPUT_TRAINING_STYLE_VALUES: set[TurboFluxTrainerInputTrainingStyle] = {
    "style",
    "subject",
}


def check_turbo_flux_trainer_input_training_style(value: str) -> TurboFluxTrainerInputTrainingStyle:
    if value in TURBO_FLUX_TRAINER_INPUT_TRAINING_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TURBO_FLUX_TRAINER_INPUT_TRAINING_STYLE_VALUES!r}"
    )
