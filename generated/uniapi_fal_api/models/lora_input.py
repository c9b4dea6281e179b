from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.lora_input_image_format import (
    LoraInputImageFormat,
    check_lora_input_image_format,
)
from ..models.lora_input_image_size_type_1 import (
    LoraInputImageSizeType1,
    check_lora_input_image_size_type_1,
)
from ..models.lora_input_prediction_type import (
    LoraInputPredictionType,
    check_lora_input_prediction_type,
)
from ..models.lora_input_scheduler import LoraInputScheduler, check_lora_input_scheduler
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.control_net_v32a801 import ControlNetV32A801
    from ..models.embedding import Embedding
    from ..models.image_size import ImageSize
    from ..models.ip_adapter_v163454 import IPAdapterV163454
    from ..models.lora_weight import LoraWeight
    from ..models.sigmas_input import SigmasInput
    from ..models.timesteps_input import TimestepsInput
    from .lora_output import LoraOutput  # noqa: F401


T = TypeVar("T", bound="LoraInput")


@_attrs_define
class LoraInput(FalInput["LoraOutput"], endpoint="fal-ai/lora"):
    """Input of `fal-ai/lora` (text-to-image)."""

    model_name: str
    """Model Name: string."""
    prompt: str
    """Prompt: string."""
    unet_name: str | Unset = UNSET
    """Unet Name: string."""
    variant: str | Unset = UNSET
    """Variant: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    prompt_weighting: bool | Unset = UNSET
    """Prompt Weighting: boolean. Server default: false."""
    loras: list[LoraWeight] | Unset = UNSET
    """Loras: list of LoraWeight. Server default: []."""
    embeddings: list[Embedding] | Unset = UNSET
    """Embeddings: list of Embedding. Server default: []."""
    controlnets: list[ControlNetV32A801] | Unset = UNSET
    """Controlnets: list of ControlNetV32A801. Server default: []."""
    controlnet_guess_mode: bool | Unset = UNSET
    """Controlnet Guess Mode: boolean. Server default: false."""
    ip_adapter: list[IPAdapterV163454] | Unset = UNSET
    """Ip Adapter: list of IPAdapterV163454. Server default: []."""
    image_encoder_path: str | Unset = UNSET
    """Image Encoder Path: string."""
    image_encoder_subfolder: str | Unset = UNSET
    """Image Encoder Subfolder: string."""
    image_encoder_weight_name: str | Unset = UNSET
    """Image Encoder Weight Name: string. Server default: "pytorch_model.bin"."""
    ic_light_model_url: str | Unset = UNSET
    """Ic Light Model Url: string."""
    ic_light_model_background_image_url: str | Unset = UNSET
    """Ic Light Model Background Image Url: string."""
    ic_light_image_url: str | Unset = UNSET
    """Ic Light Image Url: string."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    image_size: ImageSize | LoraInputImageSizeType1 | Unset = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "square_hd"."""
    num_inference_steps: int | Unset = UNSET
    """Number of inference steps: integer, 1 to 150. Server default: 30."""
    guidance_scale: float | Unset = UNSET
    """Guidance scale (CFG): number, 0 to 20. Server default: 7.5."""
    clip_skip: int | Unset = UNSET
    """Clip Skip: integer, 0 to 2. Server default: 0."""
    scheduler: LoraInputScheduler | Unset = UNSET
    """Scheduler: one of "DPM++ 2M", "DPM++ 2M Karras", "DPM++ 2M SDE", "DPM++ 2M SDE Karras",
    "Euler", "Euler A", "Euler (trailing timesteps)", "LCM", ... (11 values)."""
    timesteps: TimestepsInput | Unset = UNSET
    """Timesteps: TimestepsInput. Server default: {"method": "default", "array": []}."""
    sigmas: SigmasInput | Unset = UNSET
    """Sigmas: SigmasInput. Server default: {"method": "default", "array": []}."""
    prediction_type: LoraInputPredictionType | Unset = UNSET
    """Prediction Type: one of "v_prediction", "epsilon". Server default: "epsilon"."""
    rescale_betas_snr_zero: bool | Unset = UNSET
    """Rescale Betas Snr Zero: boolean. Server default: false."""
    image_format: LoraInputImageFormat | Unset = UNSET
    """Image Format: one of "jpeg", "png". Server default: "png"."""
    num_images: int | Unset = UNSET
    """Number of images: integer, 1 to 8. Server default: 1."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: false."""
    tile_width: int | Unset = UNSET
    """Tile Width: integer, 128 to 4,096. Server default: 4096."""
    tile_height: int | Unset = UNSET
    """Tile Height: integer, 128 to 4,096. Server default: 4096."""
    tile_stride_width: int | Unset = UNSET
    """Tile Stride Width: integer, 64 to 2,048. Server default: 2048."""
    tile_stride_height: int | Unset = UNSET
    """Tile Stride Height: integer, 64 to 2,048. Server default: 2048."""
    eta: float | Unset = UNSET
    """Eta: number, 0 to 1. Server default: 0."""
    debug_latents: bool | Unset = UNSET
    """Debug Latents: boolean. Server default: false."""
    debug_per_pass_latents: bool | Unset = UNSET
    """Debug Per Pass Latents: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        model_name = self.model_name

        prompt = self.prompt

        unet_name = self.unet_name

        variant = self.variant

        negative_prompt = self.negative_prompt

        prompt_weighting = self.prompt_weighting

        loras: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loras, Unset):
            loras = []
            for loras_item_data in self.loras:
                loras_item = loras_item_data.to_dict()
                loras.append(loras_item)

        embeddings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.embeddings, Unset):
            embeddings = []
            for embeddings_item_data in self.embeddings:
                embeddings_item = embeddings_item_data.to_dict()
                embeddings.append(embeddings_item)

        controlnets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.controlnets, Unset):
            controlnets = []
            for controlnets_item_data in self.controlnets:
                controlnets_item = controlnets_item_data.to_dict()
                controlnets.append(controlnets_item)

        controlnet_guess_mode = self.controlnet_guess_mode

        ip_adapter: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ip_adapter, Unset):
            ip_adapter = []
            for ip_adapter_item_data in self.ip_adapter:
                ip_adapter_item = ip_adapter_item_data.to_dict()
                ip_adapter.append(ip_adapter_item)

        image_encoder_path = self.image_encoder_path

        image_encoder_subfolder = self.image_encoder_subfolder

        image_encoder_weight_name = self.image_encoder_weight_name

        ic_light_model_url = self.ic_light_model_url

        ic_light_model_background_image_url = self.ic_light_model_background_image_url

        ic_light_image_url = self.ic_light_image_url

        seed = self.seed

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSize):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        num_inference_steps = self.num_inference_steps

        guidance_scale = self.guidance_scale

        clip_skip = self.clip_skip

        scheduler: str | Unset = UNSET
        if not isinstance(self.scheduler, Unset):
            scheduler = self.scheduler

        timesteps: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timesteps, Unset):
            timesteps = self.timesteps.to_dict()

        sigmas: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sigmas, Unset):
            sigmas = self.sigmas.to_dict()

        prediction_type: str | Unset = UNSET
        if not isinstance(self.prediction_type, Unset):
            prediction_type = self.prediction_type

        rescale_betas_snr_zero = self.rescale_betas_snr_zero

        image_format: str | Unset = UNSET
        if not isinstance(self.image_format, Unset):
            image_format = self.image_format

        num_images = self.num_images

        enable_safety_checker = self.enable_safety_checker

        tile_width = self.tile_width

        tile_height = self.tile_height

        tile_stride_width = self.tile_stride_width

        tile_stride_height = self.tile_stride_height

        eta = self.eta

        debug_latents = self.debug_latents

        debug_per_pass_latents = self.debug_per_pass_latents

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model_name": model_name,
                "prompt": prompt,
            }
        )
        if unet_name is not UNSET:
            field_dict["unet_name"] = unet_name
        if variant is not UNSET:
            field_dict["variant"] = variant
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if prompt_weighting is not UNSET:
            field_dict["prompt_weighting"] = prompt_weighting
        if loras is not UNSET:
            field_dict["loras"] = loras
        if embeddings is not UNSET:
            field_dict["embeddings"] = embeddings
        if controlnets is not UNSET:
            field_dict["controlnets"] = controlnets
        if controlnet_guess_mode is not UNSET:
            field_dict["controlnet_guess_mode"] = controlnet_guess_mode
        if ip_adapter is not UNSET:
            field_dict["ip_adapter"] = ip_adapter
        if image_encoder_path is not UNSET:
            field_dict["image_encoder_path"] = image_encoder_path
        if image_encoder_subfolder is not UNSET:
            field_dict["image_encoder_subfolder"] = image_encoder_subfolder
        if image_encoder_weight_name is not UNSET:
            field_dict["image_encoder_weight_name"] = image_encoder_weight_name
        if ic_light_model_url is not UNSET:
            field_dict["ic_light_model_url"] = ic_light_model_url
        if ic_light_model_background_image_url is not UNSET:
            field_dict["ic_light_model_background_image_url"] = ic_light_model_background_image_url
        if ic_light_image_url is not UNSET:
            field_dict["ic_light_image_url"] = ic_light_image_url
        if seed is not UNSET:
            field_dict["seed"] = seed
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if clip_skip is not UNSET:
            field_dict["clip_skip"] = clip_skip
        if scheduler is not UNSET:
            field_dict["scheduler"] = scheduler
        if timesteps is not UNSET:
            field_dict["timesteps"] = timesteps
        if sigmas is not UNSET:
            field_dict["sigmas"] = sigmas
        if prediction_type is not UNSET:
            field_dict["prediction_type"] = prediction_type
        if rescale_betas_snr_zero is not UNSET:
            field_dict["rescale_betas_snr_zero"] = rescale_betas_snr_zero
        if image_format is not UNSET:
            field_dict["image_format"] = image_format
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if tile_width is not UNSET:
            field_dict["tile_width"] = tile_width
        if tile_height is not UNSET:
            field_dict["tile_height"] = tile_height
        if tile_stride_width is not UNSET:
            field_dict["tile_stride_width"] = tile_stride_width
        if tile_stride_height is not UNSET:
            field_dict["tile_stride_height"] = tile_stride_height
        if eta is not UNSET:
            field_dict["eta"] = eta
        if debug_latents is not UNSET:
            field_dict["debug_latents"] = debug_latents
        if debug_per_pass_latents is not UNSET:
            field_dict["debug_per_pass_latents"] = debug_per_pass_latents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.control_net_v32a801 import ControlNetV32A801  # noqa: PLC0415
        from ..models.embedding import Embedding  # noqa: PLC0415
        from ..models.image_size import ImageSize  # noqa: PLC0415
        from ..models.ip_adapter_v163454 import IPAdapterV163454  # noqa: PLC0415
        from ..models.lora_weight import LoraWeight  # noqa: PLC0415
        from ..models.sigmas_input import SigmasInput  # noqa: PLC0415
        from ..models.timesteps_input import TimestepsInput  # noqa: PLC0415

        d = dict(src_dict)
        model_name = d.pop("model_name")

        prompt = d.pop("prompt")

        unet_name = d.pop("unet_name", UNSET)

        variant = d.pop("variant", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        prompt_weighting = d.pop("prompt_weighting", UNSET)

        _loras = d.pop("loras", UNSET)
        loras: list[LoraWeight] | Unset = UNSET
        if _loras is not UNSET:
            loras = []
            for loras_item_data in _loras:
                loras_item = LoraWeight.from_dict(loras_item_data)

                loras.append(loras_item)

        _embeddings = d.pop("embeddings", UNSET)
        embeddings: list[Embedding] | Unset = UNSET
        if _embeddings is not UNSET:
            embeddings = []
            for embeddings_item_data in _embeddings:
                embeddings_item = Embedding.from_dict(embeddings_item_data)

                embeddings.append(embeddings_item)

        _controlnets = d.pop("controlnets", UNSET)
        controlnets: list[ControlNetV32A801] | Unset = UNSET
        if _controlnets is not UNSET:
            controlnets = []
            for controlnets_item_data in _controlnets:
                controlnets_item = ControlNetV32A801.from_dict(controlnets_item_data)

                controlnets.append(controlnets_item)

        controlnet_guess_mode = d.pop("controlnet_guess_mode", UNSET)

        _ip_adapter = d.pop("ip_adapter", UNSET)
        ip_adapter: list[IPAdapterV163454] | Unset = UNSET
        if _ip_adapter is not UNSET:
            ip_adapter = []
            for ip_adapter_item_data in _ip_adapter:
                ip_adapter_item = IPAdapterV163454.from_dict(ip_adapter_item_data)

                ip_adapter.append(ip_adapter_item)

        image_encoder_path = d.pop("image_encoder_path", UNSET)

        image_encoder_subfolder = d.pop("image_encoder_subfolder", UNSET)

        image_encoder_weight_name = d.pop("image_encoder_weight_name", UNSET)

        ic_light_model_url = d.pop("ic_light_model_url", UNSET)

        ic_light_model_background_image_url = d.pop("ic_light_model_background_image_url", UNSET)

        ic_light_image_url = d.pop("ic_light_image_url", UNSET)

        seed = d.pop("seed", UNSET)

        def _parse_image_size(data: object) -> ImageSize | LoraInputImageSizeType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_size_type_0 = ImageSize.from_dict(data)

                return image_size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            image_size_type_1 = check_lora_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        clip_skip = d.pop("clip_skip", UNSET)

        _scheduler = d.pop("scheduler", UNSET)
        scheduler: LoraInputScheduler | Unset
        if isinstance(_scheduler, Unset):
            scheduler = UNSET
        else:
            scheduler = check_lora_input_scheduler(_scheduler)

        _timesteps = d.pop("timesteps", UNSET)
        timesteps: TimestepsInput | Unset
        if isinstance(_timesteps, Unset):
            timesteps = UNSET
        else:
            timesteps = TimestepsInput.from_dict(_timesteps)

        _sigmas = d.pop("sigmas", UNSET)
        sigmas: SigmasInput | Unset
        if isinstance(_sigmas, Unset):
            sigmas = UNSET
        else:
            sigmas = SigmasInput.from_dict(_sigmas)

        _prediction_type = d.pop("prediction_type", UNSET)
        prediction_type: LoraInputPredictionType | Unset
        if isinstance(_prediction_type, Unset):
            prediction_type = UNSET
        else:
            prediction_type = check_lora_input_prediction_type(_prediction_type)

        rescale_betas_snr_zero = d.pop("rescale_betas_snr_zero", UNSET)

        _image_format = d.pop("image_format", UNSET)
        image_format: LoraInputImageFormat | Unset
        if isinstance(_image_format, Unset):
            image_format = UNSET
        else:
            image_format = check_lora_input_image_format(_image_format)

        num_images = d.pop("num_images", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        tile_width = d.pop("tile_width", UNSET)

        tile_height = d.pop("tile_height", UNSET)

        tile_stride_width = d.pop("tile_stride_width", UNSET)

        tile_stride_height = d.pop("tile_stride_height", UNSET)

        eta = d.pop("eta", UNSET)

        debug_latents = d.pop("debug_latents", UNSET)

        debug_per_pass_latents = d.pop("debug_per_pass_latents", UNSET)

        lora_input = cls(
            model_name=model_name,
            prompt=prompt,
            unet_name=unet_name,
            variant=variant,
            negative_prompt=negative_prompt,
            prompt_weighting=prompt_weighting,
            loras=loras,
            embeddings=embeddings,
            controlnets=controlnets,
            controlnet_guess_mode=controlnet_guess_mode,
            ip_adapter=ip_adapter,
            image_encoder_path=image_encoder_path,
            image_encoder_subfolder=image_encoder_subfolder,
            image_encoder_weight_name=image_encoder_weight_name,
            ic_light_model_url=ic_light_model_url,
            ic_light_model_background_image_url=ic_light_model_background_image_url,
            ic_light_image_url=ic_light_image_url,
            seed=seed,
            image_size=image_size,
            num_inference_steps=num_inference_steps,
            guidance_scale=guidance_scale,
            clip_skip=clip_skip,
            scheduler=scheduler,
            timesteps=timesteps,
            sigmas=sigmas,
            prediction_type=prediction_type,
            rescale_betas_snr_zero=rescale_betas_snr_zero,
            image_format=image_format,
            num_images=num_images,
            enable_safety_checker=enable_safety_checker,
            tile_width=tile_width,
            tile_height=tile_height,
            tile_stride_width=tile_stride_width,
            tile_stride_height=tile_stride_height,
            eta=eta,
            debug_latents=debug_latents,
            debug_per_pass_latents=debug_per_pass_latents,
        )

        return lora_input
