from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.lora_inpaint_input_image_format import (
    LoraInpaintInputImageFormat,
    check_lora_inpaint_input_image_format,
)
from ..models.lora_inpaint_input_prediction_type import (
    LoraInpaintInputPredictionType,
    check_lora_inpaint_input_prediction_type,
)
from ..models.lora_inpaint_input_scheduler import (
    LoraInpaintInputScheduler,
    check_lora_inpaint_input_scheduler,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.control_net_v78bbb6 import ControlNetV78BBB6
    from ..models.embedding_v9c4351 import EmbeddingV9C4351
    from ..models.ip_adapter_v3aa0a0 import IPAdapterV3AA0A0
    from ..models.lora_weight_vf02bfb import LoraWeightVF02BFB
    from ..models.sigmas_input_v5c4864 import SigmasInputV5C4864
    from ..models.timesteps_input_v5c4864 import TimestepsInputV5C4864
    from .lora_inpaint_output import LoraInpaintOutput  # noqa: F401


T = TypeVar("T", bound="LoraInpaintInput")


@_attrs_define
class LoraInpaintInput(FalInput["LoraInpaintOutput"], endpoint="fal-ai/lora/inpaint"):
    """Input of `fal-ai/lora/inpaint` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    model_name: str
    """String."""
    prompt: str
    """String."""
    clip_skip: float | Unset = UNSET
    """Number."""
    controlnet_guess_mode: bool | Unset = UNSET
    """Boolean."""
    controlnets: list[ControlNetV78BBB6] | Unset = UNSET
    """List of ControlNetV78BBB6."""
    debug_latents: bool | Unset = UNSET
    """Boolean."""
    debug_per_pass_latents: bool | Unset = UNSET
    """Boolean."""
    embeddings: list[EmbeddingV9C4351] | Unset = UNSET
    """List of EmbeddingV9C4351."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean."""
    eta: float | Unset = UNSET
    """Number."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 7.5."""
    ic_light_image_url: str | Unset = UNSET
    """URL or local file."""
    ic_light_model_background_image_url: str | Unset = UNSET
    """URL or local file."""
    ic_light_model_url: str | Unset = UNSET
    """URL or local file."""
    image_encoder_path: str | Unset = UNSET
    """String."""
    image_encoder_subfolder: str | Unset = UNSET
    """String."""
    image_encoder_weight_name: str | Unset = UNSET
    """String. Server default: "pytorch_model.bin"."""
    image_format: LoraInpaintInputImageFormat | Unset = UNSET
    """One of "jpeg", "png". Server default: "png"."""
    image_url: str | Unset = UNSET
    """URL or local file."""
    ip_adapter: list[IPAdapterV3AA0A0] | Unset = UNSET
    """List of IPAdapterV3AA0A0."""
    loras: list[LoraWeightVF02BFB] | Unset = UNSET
    """List of LoraWeightVF02BFB."""
    mask_url: str | Unset = UNSET
    """URL or local file."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    noise_strength: float | Unset = UNSET
    """Number. Server default: 0.5."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 30."""
    prediction_type: LoraInpaintInputPredictionType | Unset = UNSET
    """One of "v_prediction", "epsilon". Server default: "epsilon"."""
    prompt_weighting: bool | Unset = UNSET
    """Boolean."""
    rescale_betas_snr_zero: bool | Unset = UNSET
    """Boolean."""
    scheduler: LoraInpaintInputScheduler | Unset = UNSET
    """One of "DPM++ 2M", "DPM++ 2M Karras", "DPM++ 2M SDE", "DPM++ 2M SDE Karras", "Euler", "Euler
    A", "Euler (trailing timesteps)", "LCM", ... (11 values)."""
    seed: float | Unset = UNSET
    """Number."""
    sigmas: SigmasInputV5C4864 | Unset = UNSET
    """SigmasInputV5C4864."""
    tile_height: float | Unset = UNSET
    """Number. Server default: 4096."""
    tile_stride_height: float | Unset = UNSET
    """Number. Server default: 2048."""
    tile_stride_width: float | Unset = UNSET
    """Number. Server default: 2048."""
    tile_width: float | Unset = UNSET
    """Number. Server default: 4096."""
    timesteps: TimestepsInputV5C4864 | Unset = UNSET
    """TimestepsInputV5C4864."""
    unet_name: str | Unset = UNSET
    """String."""
    variant: str | Unset = UNSET
    """String."""

    def to_dict(self) -> dict[str, Any]:
        model_name = self.model_name

        prompt = self.prompt

        clip_skip = self.clip_skip

        controlnet_guess_mode = self.controlnet_guess_mode

        controlnets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.controlnets, Unset):
            controlnets = []
            for controlnets_item_data in self.controlnets:
                controlnets_item = controlnets_item_data.to_dict()
                controlnets.append(controlnets_item)

        debug_latents = self.debug_latents

        debug_per_pass_latents = self.debug_per_pass_latents

        embeddings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.embeddings, Unset):
            embeddings = []
            for embeddings_item_data in self.embeddings:
                embeddings_item = embeddings_item_data.to_dict()
                embeddings.append(embeddings_item)

        enable_safety_checker = self.enable_safety_checker

        eta = self.eta

        guidance_scale = self.guidance_scale

        ic_light_image_url = self.ic_light_image_url

        ic_light_model_background_image_url = self.ic_light_model_background_image_url

        ic_light_model_url = self.ic_light_model_url

        image_encoder_path = self.image_encoder_path

        image_encoder_subfolder = self.image_encoder_subfolder

        image_encoder_weight_name = self.image_encoder_weight_name

        image_format: str | Unset = UNSET
        if not isinstance(self.image_format, Unset):
            image_format = self.image_format

        image_url = self.image_url

        ip_adapter: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ip_adapter, Unset):
            ip_adapter = []
            for ip_adapter_item_data in self.ip_adapter:
                ip_adapter_item = ip_adapter_item_data.to_dict()
                ip_adapter.append(ip_adapter_item)

        loras: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loras, Unset):
            loras = []
            for loras_item_data in self.loras:
                loras_item = loras_item_data.to_dict()
                loras.append(loras_item)

        mask_url = self.mask_url

        negative_prompt = self.negative_prompt

        noise_strength = self.noise_strength

        num_images = self.num_images

        num_inference_steps = self.num_inference_steps

        prediction_type: str | Unset = UNSET
        if not isinstance(self.prediction_type, Unset):
            prediction_type = self.prediction_type

        prompt_weighting = self.prompt_weighting

        rescale_betas_snr_zero = self.rescale_betas_snr_zero

        scheduler: str | Unset = UNSET
        if not isinstance(self.scheduler, Unset):
            scheduler = self.scheduler

        seed = self.seed

        sigmas: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sigmas, Unset):
            sigmas = self.sigmas.to_dict()

        tile_height = self.tile_height

        tile_stride_height = self.tile_stride_height

        tile_stride_width = self.tile_stride_width

        tile_width = self.tile_width

        timesteps: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timesteps, Unset):
            timesteps = self.timesteps.to_dict()

        unet_name = self.unet_name

        variant = self.variant

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model_name": model_name,
                "prompt": prompt,
            }
        )
        if clip_skip is not UNSET:
            field_dict["clip_skip"] = clip_skip
        if controlnet_guess_mode is not UNSET:
            field_dict["controlnet_guess_mode"] = controlnet_guess_mode
        if controlnets is not UNSET:
            field_dict["controlnets"] = controlnets
        if debug_latents is not UNSET:
            field_dict["debug_latents"] = debug_latents
        if debug_per_pass_latents is not UNSET:
            field_dict["debug_per_pass_latents"] = debug_per_pass_latents
        if embeddings is not UNSET:
            field_dict["embeddings"] = embeddings
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if eta is not UNSET:
            field_dict["eta"] = eta
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if ic_light_image_url is not UNSET:
            field_dict["ic_light_image_url"] = ic_light_image_url
        if ic_light_model_background_image_url is not UNSET:
            field_dict["ic_light_model_background_image_url"] = ic_light_model_background_image_url
        if ic_light_model_url is not UNSET:
            field_dict["ic_light_model_url"] = ic_light_model_url
        if image_encoder_path is not UNSET:
            field_dict["image_encoder_path"] = image_encoder_path
        if image_encoder_subfolder is not UNSET:
            field_dict["image_encoder_subfolder"] = image_encoder_subfolder
        if image_encoder_weight_name is not UNSET:
            field_dict["image_encoder_weight_name"] = image_encoder_weight_name
        if image_format is not UNSET:
            field_dict["image_format"] = image_format
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if ip_adapter is not UNSET:
            field_dict["ip_adapter"] = ip_adapter
        if loras is not UNSET:
            field_dict["loras"] = loras
        if mask_url is not UNSET:
            field_dict["mask_url"] = mask_url
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if noise_strength is not UNSET:
            field_dict["noise_strength"] = noise_strength
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if prediction_type is not UNSET:
            field_dict["prediction_type"] = prediction_type
        if prompt_weighting is not UNSET:
            field_dict["prompt_weighting"] = prompt_weighting
        if rescale_betas_snr_zero is not UNSET:
            field_dict["rescale_betas_snr_zero"] = rescale_betas_snr_zero
        if scheduler is not UNSET:
            field_dict["scheduler"] = scheduler
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sigmas is not UNSET:
            field_dict["sigmas"] = sigmas
        if tile_height is not UNSET:
            field_dict["tile_height"] = tile_height
        if tile_stride_height is not UNSET:
            field_dict["tile_stride_height"] = tile_stride_height
        if tile_stride_width is not UNSET:
            field_dict["tile_stride_width"] = tile_stride_width
        if tile_width is not UNSET:
            field_dict["tile_width"] = tile_width
        if timesteps is not UNSET:
            field_dict["timesteps"] = timesteps
        if unet_name is not UNSET:
            field_dict["unet_name"] = unet_name
        if variant is not UNSET:
            field_dict["variant"] = variant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.control_net_v78bbb6 import ControlNetV78BBB6  # noqa: PLC0415
        from ..models.embedding_v9c4351 import EmbeddingV9C4351  # noqa: PLC0415
        from ..models.ip_adapter_v3aa0a0 import IPAdapterV3AA0A0  # noqa: PLC0415
        from ..models.lora_weight_vf02bfb import LoraWeightVF02BFB  # noqa: PLC0415
        from ..models.sigmas_input_v5c4864 import SigmasInputV5C4864  # noqa: PLC0415
        from ..models.timesteps_input_v5c4864 import TimestepsInputV5C4864  # noqa: PLC0415

        d = dict(src_dict)
        model_name = d.pop("model_name")

        prompt = d.pop("prompt")

        clip_skip = d.pop("clip_skip", UNSET)

        controlnet_guess_mode = d.pop("controlnet_guess_mode", UNSET)

        _controlnets = d.pop("controlnets", UNSET)
        controlnets: list[ControlNetV78BBB6] | Unset = UNSET
        if _controlnets is not UNSET:
            controlnets = []
            for controlnets_item_data in _controlnets:
                controlnets_item = ControlNetV78BBB6.from_dict(controlnets_item_data)

                controlnets.append(controlnets_item)

        debug_latents = d.pop("debug_latents", UNSET)

        debug_per_pass_latents = d.pop("debug_per_pass_latents", UNSET)

        _embeddings = d.pop("embeddings", UNSET)
        embeddings: list[EmbeddingV9C4351] | Unset = UNSET
        if _embeddings is not UNSET:
            embeddings = []
            for embeddings_item_data in _embeddings:
                embeddings_item = EmbeddingV9C4351.from_dict(embeddings_item_data)

                embeddings.append(embeddings_item)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        eta = d.pop("eta", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        ic_light_image_url = d.pop("ic_light_image_url", UNSET)

        ic_light_model_background_image_url = d.pop("ic_light_model_background_image_url", UNSET)

        ic_light_model_url = d.pop("ic_light_model_url", UNSET)

        image_encoder_path = d.pop("image_encoder_path", UNSET)

        image_encoder_subfolder = d.pop("image_encoder_subfolder", UNSET)

        image_encoder_weight_name = d.pop("image_encoder_weight_name", UNSET)

        _image_format = d.pop("image_format", UNSET)
        image_format: LoraInpaintInputImageFormat | Unset
        if isinstance(_image_format, Unset):
            image_format = UNSET
        else:
            image_format = check_lora_inpaint_input_image_format(_image_format)

        image_url = d.pop("image_url", UNSET)

        _ip_adapter = d.pop("ip_adapter", UNSET)
        ip_adapter: list[IPAdapterV3AA0A0] | Unset = UNSET
        if _ip_adapter is not UNSET:
            ip_adapter = []
            for ip_adapter_item_data in _ip_adapter:
                ip_adapter_item = IPAdapterV3AA0A0.from_dict(ip_adapter_item_data)

                ip_adapter.append(ip_adapter_item)

        _loras = d.pop("loras", UNSET)
        loras: list[LoraWeightVF02BFB] | Unset = UNSET
        if _loras is not UNSET:
            loras = []
            for loras_item_data in _loras:
                loras_item = LoraWeightVF02BFB.from_dict(loras_item_data)

                loras.append(loras_item)

        mask_url = d.pop("mask_url", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        noise_strength = d.pop("noise_strength", UNSET)

        num_images = d.pop("num_images", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        _prediction_type = d.pop("prediction_type", UNSET)
        prediction_type: LoraInpaintInputPredictionType | Unset
        if isinstance(_prediction_type, Unset):
            prediction_type = UNSET
        else:
            prediction_type = check_lora_inpaint_input_prediction_type(_prediction_type)

        prompt_weighting = d.pop("prompt_weighting", UNSET)

        rescale_betas_snr_zero = d.pop("rescale_betas_snr_zero", UNSET)

        _scheduler = d.pop("scheduler", UNSET)
        scheduler: LoraInpaintInputScheduler | Unset
        if isinstance(_scheduler, Unset):
            scheduler = UNSET
        else:
            scheduler = check_lora_inpaint_input_scheduler(_scheduler)

        seed = d.pop("seed", UNSET)

        _sigmas = d.pop("sigmas", UNSET)
        sigmas: SigmasInputV5C4864 | Unset
        if isinstance(_sigmas, Unset):
            sigmas = UNSET
        else:
            sigmas = SigmasInputV5C4864.from_dict(_sigmas)

        tile_height = d.pop("tile_height", UNSET)

        tile_stride_height = d.pop("tile_stride_height", UNSET)

        tile_stride_width = d.pop("tile_stride_width", UNSET)

        tile_width = d.pop("tile_width", UNSET)

        _timesteps = d.pop("timesteps", UNSET)
        timesteps: TimestepsInputV5C4864 | Unset
        if isinstance(_timesteps, Unset):
            timesteps = UNSET
        else:
            timesteps = TimestepsInputV5C4864.from_dict(_timesteps)

        unet_name = d.pop("unet_name", UNSET)

        variant = d.pop("variant", UNSET)

        lora_inpaint_input = cls(
            model_name=model_name,
            prompt=prompt,
            clip_skip=clip_skip,
            controlnet_guess_mode=controlnet_guess_mode,
            controlnets=controlnets,
            debug_latents=debug_latents,
            debug_per_pass_latents=debug_per_pass_latents,
            embeddings=embeddings,
            enable_safety_checker=enable_safety_checker,
            eta=eta,
            guidance_scale=guidance_scale,
            ic_light_image_url=ic_light_image_url,
            ic_light_model_background_image_url=ic_light_model_background_image_url,
            ic_light_model_url=ic_light_model_url,
            image_encoder_path=image_encoder_path,
            image_encoder_subfolder=image_encoder_subfolder,
            image_encoder_weight_name=image_encoder_weight_name,
            image_format=image_format,
            image_url=image_url,
            ip_adapter=ip_adapter,
            loras=loras,
            mask_url=mask_url,
            negative_prompt=negative_prompt,
            noise_strength=noise_strength,
            num_images=num_images,
            num_inference_steps=num_inference_steps,
            prediction_type=prediction_type,
            prompt_weighting=prompt_weighting,
            rescale_betas_snr_zero=rescale_betas_snr_zero,
            scheduler=scheduler,
            seed=seed,
            sigmas=sigmas,
            tile_height=tile_height,
            tile_stride_height=tile_stride_height,
            tile_stride_width=tile_stride_width,
            tile_width=tile_width,
            timesteps=timesteps,
            unet_name=unet_name,
            variant=variant,
        )

        return lora_inpaint_input
