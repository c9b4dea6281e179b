from typing import Literal

FluxProV11UltraFinetunedInputAspectRatioType0 = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "9:16", "9:21"
]

FLUX_PRO_V11_ULTRA_FINETUNED_INPUT_ASPECT_RATIO_TYPE_0_VALUES: set[
    FluxProV11UltraFinetunedInputAspectRatioType0
] = {
    "16:9",
    "1:1",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
    "9:21",
}


def check_flux_pro_v11_ultra_finetuned_input_aspect_ratio_type_0(
    value: str,
) -> FluxProV11UltraFinetunedInputAspectRatioType0:
    if value in FLUX_PRO_V11_ULTRA_FINETUNED_INPUT_ASPECT_RATIO_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_PRO_V11_ULTRA_FINETUNED_INPUT_ASPECT_RATIO_TYPE_0_VALUES!r}"
    )
