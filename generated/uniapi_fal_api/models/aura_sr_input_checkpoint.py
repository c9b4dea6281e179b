from typing import Literal

AuraSrInputCheckpoint = Literal["v1", "v2"]

AURA_SR_INPUT_CHECKPOINT_VALUES: set[AuraSrInputCheckpoint] = {
    "v1",
    "v2",
}


def check_aura_sr_input_checkpoint(value: str) -> AuraSrInputCheckpoint:
    if value in AURA_SR_INPUT_CHECKPOINT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AURA_SR_INPUT_CHECKPOINT_VALUES!r}"
    )
