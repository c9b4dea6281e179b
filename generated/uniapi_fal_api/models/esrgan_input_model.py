from typing import Literal

EsrganInputModel = Literal[
    "RealESRGAN_x2plus",
    "RealESRGAN_x4_anime_v3",
    "RealESRGAN_x4_v3",
    "RealESRGAN_x4_wdn_v3",
    "RealESRGAN_x4plus",
    "RealESRGAN_x4plus_anime_6B",
]

ESRGAN_INPUT_MODEL_VALUES: set[EsrganInputModel] = {
    "RealESRGAN_x2plus",
    "RealESRGAN_x4_anime_v3",
    "RealESRGAN_x4_v3",
    "RealESRGAN_x4_wdn_v3",
    "RealESRGAN_x4plus",
    "RealESRGAN_x4plus_anime_6B",
}


def check_esrgan_input_model(value: str) -> EsrganInputModel:
    if value in ESRGAN_INPUT_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ESRGAN_INPUT_MODEL_VALUES!r}")
