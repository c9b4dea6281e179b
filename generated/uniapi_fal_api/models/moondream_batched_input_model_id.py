from typing import Literal

MoondreamBatchedInputModelId = Literal["fal-ai/moondream2-docci", "vikhyatk/moondream2"]

MOONDREAM_BATCHED_INPUT_MODEL_ID_VALUES: set[MoondreamBatchedInputModelId] = {
    "fal-ai/moondream2-docci",
    "vikhyatk/moondream2",
}


def check_moondream_batched_input_model_id(value: str) -> MoondreamBatchedInputModelId:
    if value in MOONDREAM_BATCHED_INPUT_MODEL_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MOONDREAM_BATCHED_INPUT_MODEL_ID_VALUES!r}"
    )
