from typing import Literal

SonautoV2ExtendInputOutputBitRateType0 = Literal[128, 192, 256, 320]

SONAUTO_V2_EXTEND_INPUT_OUTPUT_BIT_RATE_TYPE_0_VALUES: set[
    SonautoV2ExtendInputOutputBitRateType0
] = {
    128,
    192,
    256,
    320,
}


def check_sonauto_v2_extend_input_output_bit_rate_type_0(
    value: int,
) -> SonautoV2ExtendInputOutputBitRateType0:
    if value in SONAUTO_V2_EXTEND_INPUT_OUTPUT_BIT_RATE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SONAUTO_V2_EXTEND_INPUT_OUTPUT_BIT_RATE_TYPE_0_VALUES!r}"
    )
