from typing import Literal

FluxProV1FillFinetunedInputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

FLUX_PRO_V1_FILL_FINETUNED_INPUT_SAFETY_TOLERANCE_VALUES: set[
    FluxProV1FillFinetunedInputSafetyTolerance
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_flux_pro_v1_fill_finetuned_input_safety_tolerance(
    value: str,
) -> FluxProV1FillFinetunedInputSafetyTolerance:
    if value in FLUX_PRO_V1_FILL_FINETUNED_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_PRO_V1_FILL_FINETUNED_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )
