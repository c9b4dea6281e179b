from typing import Literal

ZImageTrainerInputTrainingType = Literal["balanced", "content", "style"]

Z_IMAGE_TRAINER_INPUT_TRAINING_TYPE_VALUES: set[ZImageTrainerInputTrainingType] = {
    "balanced",
    "content",
    "style",
}


def check_z_image_trainer_input_training_type(value: str) -> ZImageTrainerInputTrainingType:
    if value in Z_IMAGE_TRAINER_INPUT_TRAINING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {Z_IMAGE_TRAINER_INPUT_TRAINING_TYPE_VALUES!r}"
    )
