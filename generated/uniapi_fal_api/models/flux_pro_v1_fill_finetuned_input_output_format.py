from typing import Literal

FluxProV1FillFinetunedInputOutputFormat = Literal["jpeg", "png"]

FLUX_PRO_V1_FILL_FINETUNED_INPUT_OUTPUT_FORMAT_VALUES: set[
    FluxProV1FillFinetunedInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_flux_pro_v1_fill_finetuned_input_output_format(
    value: str,
) -> FluxProV1FillFinetunedInputOutputFormat:
    if value in FLUX_PRO_V1_FILL_FINETUNED_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_PRO_V1_FILL_FINETUNED_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
