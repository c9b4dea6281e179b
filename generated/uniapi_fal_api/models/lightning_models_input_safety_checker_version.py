from typing import Literal

LightningModelsInputSafetyCheckerVersion = Literal["v1", "v2"]

LIGHTNING_MODELS_INPUT_SAFETY_CHECKER_VERSION_VALUES: set[
    LightningModelsInputSafetyCheckerVersion
] = {
    "v1",
    "v2",
}


def check_lightning_models_input_safety_checker_version(
    value: str,
) -> LightningModelsInputSafetyCheckerVersion:
    if value in LIGHTNING_MODELS_INPUT_SAFETY_CHECKER_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIGHTNING_MODELS_INPUT_SAFETY_CHECKER_VERSION_VALUES!r}"
    )
