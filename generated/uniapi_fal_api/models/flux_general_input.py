from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.flux_general_input_image_size_type_1 import (
    FluxGeneralInputImageSizeType1,
    check_flux_general_input_image_size_type_1,
)
from ..models.flux_general_input_output_format import (
    FluxGeneralInputOutputFormat,
    check_flux_general_input_output_format,
)
from ..models.flux_general_input_scheduler import (
    FluxGeneralInputScheduler,
    check_flux_general_input_scheduler,
)
from ..models.flux_general_input_sigma_schedule import (
    FluxGeneralInputSigmaSchedule,
    check_flux_general_input_sigma_schedule,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.control_lora_weight import ControlLoraWeight
    from ..models.control_net import ControlNet
    from ..models.control_net_union import ControlNetUnion
    from ..models.easy_control_weight import EasyControlWeight
    from ..models.image_fill_input import ImageFillInput
    from ..models.image_size import ImageSize
    from ..models.ip_adapter import IPAdapter
    from ..models.lora_weight_vc2b0d4 import LoraWeightVC2B0D4
    from .flux_general_output import FluxGeneralOutput  # noqa: F401


T = TypeVar("T", bound="FluxGeneralInput")


@_attrs_define
class FluxGeneralInput(FalInput["FluxGeneralOutput"], endpoint="fal-ai/flux-general"):
    """Input of `fal-ai/flux-general` (text-to-image)."""

    prompt: str
    """Prompt: string."""
    image_size: FluxGeneralInputImageSizeType1 | ImageSize | Unset = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9"."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 1 to 50. Server default: 28."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    loras: list[LoraWeightVC2B0D4] | Unset = UNSET
    """Loras: list of LoraWeightVC2B0D4. Server default: []."""
    control_loras: list[ControlLoraWeight] | Unset = UNSET
    """Control Loras: list of ControlLoraWeight. Server default: []."""
    controlnets: list[ControlNet] | Unset = UNSET
    """Controlnets: list of ControlNet. Server default: []."""
    controlnet_unions: list[ControlNetUnion] | Unset = UNSET
    """Controlnet Unions: list of ControlNetUnion. Server default: []."""
    ip_adapters: list[IPAdapter] | Unset = UNSET
    """Ip Adapters: list of IPAdapter. Server default: []."""
    easycontrols: list[EasyControlWeight] | Unset = UNSET
    """Easycontrols: list of EasyControlWeight. Server default: []."""
    fill_image: ImageFillInput | Unset = UNSET
    """Fill Image: ImageFillInput."""
    guidance_scale: float | Unset = UNSET
    """Guidance scale (CFG): number, 0 to 20. Server default: 3.5."""
    real_cfg_scale: float | Unset = UNSET
    """Real CFG scale: number, 0 to 5. Server default: 3.5."""
    use_real_cfg: bool | Unset = UNSET
    """Use Real CFG: boolean. Server default: false."""
    use_cfg_zero: bool | Unset = UNSET
    """Use CFG-Zero-Init: boolean. Server default: false."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    num_images: int | Unset = UNSET
    """Num Images: integer, 1 to 10. Server default: 1."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""
    reference_image_url: str | Unset = UNSET
    """Reference Image Url: string."""
    reference_strength: float | Unset = UNSET
    """Reference Strength: number, -3 to 3. Server default: 0.65."""
    reference_start: float | Unset = UNSET
    """Reference Start: number, 0 to 1. Server default: 0."""
    reference_end: float | Unset = UNSET
    """Reference End: number, 0 to 1. Server default: 1."""
    base_shift: float | Unset = UNSET
    """Base Shift: number, 0.01 to 5. Server default: 0.5."""
    max_shift: float | Unset = UNSET
    """Max Shift: number, 0.01 to 5. Server default: 1.15."""
    output_format: FluxGeneralInputOutputFormat | Unset = UNSET
    """Output Format: one of "jpeg", "png". Server default: "png"."""
    use_beta_schedule: bool | Unset = UNSET
    """Use Beta Schedule: boolean. Server default: false."""
    sigma_schedule: FluxGeneralInputSigmaSchedule | Unset = UNSET
    """Sigma Schedule: one of "sgm_uniform"."""
    scheduler: FluxGeneralInputScheduler | Unset = UNSET
    """Scheduler: one of "euler", "dpmpp_2m". Server default: "euler"."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    nag_scale: float | Unset = UNSET
    """NAG scale: number, at most 10, more than 1. Server default: 3."""
    nag_tau: float | Unset = UNSET
    """NAG Tau: number, more than 0. Server default: 2.5."""
    nag_alpha: float | Unset = UNSET
    """NAG alpha: number, at most 1, more than 0. Server default: 0.25."""
    nag_end: float | Unset = UNSET
    """Proportion of steps to apply NAG: number, at most 1, more than 0. Server default: 0.25."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        prompt = self.prompt

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSize):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        num_inference_steps = self.num_inference_steps

        seed = self.seed

        loras: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loras, Unset):
            loras = []
            for loras_item_data in self.loras:
                loras_item = loras_item_data.to_dict()
                loras.append(loras_item)

        control_loras: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.control_loras, Unset):
            control_loras = []
            for control_loras_item_data in self.control_loras:
                control_loras_item = control_loras_item_data.to_dict()
                control_loras.append(control_loras_item)

        controlnets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.controlnets, Unset):
            controlnets = []
            for controlnets_item_data in self.controlnets:
                controlnets_item = controlnets_item_data.to_dict()
                controlnets.append(controlnets_item)

        controlnet_unions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.controlnet_unions, Unset):
            controlnet_unions = []
            for controlnet_unions_item_data in self.controlnet_unions:
                controlnet_unions_item = controlnet_unions_item_data.to_dict()
                controlnet_unions.append(controlnet_unions_item)

        ip_adapters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ip_adapters, Unset):
            ip_adapters = []
            for ip_adapters_item_data in self.ip_adapters:
                ip_adapters_item = ip_adapters_item_data.to_dict()
                ip_adapters.append(ip_adapters_item)

        easycontrols: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.easycontrols, Unset):
            easycontrols = []
            for easycontrols_item_data in self.easycontrols:
                easycontrols_item = easycontrols_item_data.to_dict()
                easycontrols.append(easycontrols_item)

        fill_image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fill_image, Unset):
            fill_image = self.fill_image.to_dict()

        guidance_scale = self.guidance_scale

        real_cfg_scale = self.real_cfg_scale

        use_real_cfg = self.use_real_cfg

        use_cfg_zero = self.use_cfg_zero

        sync_mode = self.sync_mode

        num_images = self.num_images

        enable_safety_checker = self.enable_safety_checker

        reference_image_url = self.reference_image_url

        reference_strength = self.reference_strength

        reference_start = self.reference_start

        reference_end = self.reference_end

        base_shift = self.base_shift

        max_shift = self.max_shift

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        use_beta_schedule = self.use_beta_schedule

        sigma_schedule: str | Unset = UNSET
        if not isinstance(self.sigma_schedule, Unset):
            sigma_schedule = self.sigma_schedule

        scheduler: str | Unset = UNSET
        if not isinstance(self.scheduler, Unset):
            scheduler = self.scheduler

        negative_prompt = self.negative_prompt

        nag_scale = self.nag_scale

        nag_tau = self.nag_tau

        nag_alpha = self.nag_alpha

        nag_end = self.nag_end

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if seed is not UNSET:
            field_dict["seed"] = seed
        if loras is not UNSET:
            field_dict["loras"] = loras
        if control_loras is not UNSET:
            field_dict["control_loras"] = control_loras
        if controlnets is not UNSET:
            field_dict["controlnets"] = controlnets
        if controlnet_unions is not UNSET:
            field_dict["controlnet_unions"] = controlnet_unions
        if ip_adapters is not UNSET:
            field_dict["ip_adapters"] = ip_adapters
        if easycontrols is not UNSET:
            field_dict["easycontrols"] = easycontrols
        if fill_image is not UNSET:
            field_dict["fill_image"] = fill_image
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if real_cfg_scale is not UNSET:
            field_dict["real_cfg_scale"] = real_cfg_scale
        if use_real_cfg is not UNSET:
            field_dict["use_real_cfg"] = use_real_cfg
        if use_cfg_zero is not UNSET:
            field_dict["use_cfg_zero"] = use_cfg_zero
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if reference_image_url is not UNSET:
            field_dict["reference_image_url"] = reference_image_url
        if reference_strength is not UNSET:
            field_dict["reference_strength"] = reference_strength
        if reference_start is not UNSET:
            field_dict["reference_start"] = reference_start
        if reference_end is not UNSET:
            field_dict["reference_end"] = reference_end
        if base_shift is not UNSET:
            field_dict["base_shift"] = base_shift
        if max_shift is not UNSET:
            field_dict["max_shift"] = max_shift
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if use_beta_schedule is not UNSET:
            field_dict["use_beta_schedule"] = use_beta_schedule
        if sigma_schedule is not UNSET:
            field_dict["sigma_schedule"] = sigma_schedule
        if scheduler is not UNSET:
            field_dict["scheduler"] = scheduler
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if nag_scale is not UNSET:
            field_dict["nag_scale"] = nag_scale
        if nag_tau is not UNSET:
            field_dict["nag_tau"] = nag_tau
        if nag_alpha is not UNSET:
            field_dict["nag_alpha"] = nag_alpha
        if nag_end is not UNSET:
            field_dict["nag_end"] = nag_end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.control_lora_weight import ControlLoraWeight  # noqa: PLC0415
        from ..models.control_net import ControlNet  # noqa: PLC0415
        from ..models.control_net_union import ControlNetUnion  # noqa: PLC0415
        from ..models.easy_control_weight import EasyControlWeight  # noqa: PLC0415
        from ..models.image_fill_input import ImageFillInput  # noqa: PLC0415
        from ..models.image_size import ImageSize  # noqa: PLC0415
        from ..models.ip_adapter import IPAdapter  # noqa: PLC0415
        from ..models.lora_weight_vc2b0d4 import LoraWeightVC2B0D4  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        def _parse_image_size(data: object) -> FluxGeneralInputImageSizeType1 | ImageSize | Unset:
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
            image_size_type_1 = check_flux_general_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        _loras = d.pop("loras", UNSET)
        loras: list[LoraWeightVC2B0D4] | Unset = UNSET
        if _loras is not UNSET:
            loras = []
            for loras_item_data in _loras:
                loras_item = LoraWeightVC2B0D4.from_dict(loras_item_data)

                loras.append(loras_item)

        _control_loras = d.pop("control_loras", UNSET)
        control_loras: list[ControlLoraWeight] | Unset = UNSET
        if _control_loras is not UNSET:
            control_loras = []
            for control_loras_item_data in _control_loras:
                control_loras_item = ControlLoraWeight.from_dict(control_loras_item_data)

                control_loras.append(control_loras_item)

        _controlnets = d.pop("controlnets", UNSET)
        controlnets: list[ControlNet] | Unset = UNSET
        if _controlnets is not UNSET:
            controlnets = []
            for controlnets_item_data in _controlnets:
                controlnets_item = ControlNet.from_dict(controlnets_item_data)

                controlnets.append(controlnets_item)

        _controlnet_unions = d.pop("controlnet_unions", UNSET)
        controlnet_unions: list[ControlNetUnion] | Unset = UNSET
        if _controlnet_unions is not UNSET:
            controlnet_unions = []
            for controlnet_unions_item_data in _controlnet_unions:
                controlnet_unions_item = ControlNetUnion.from_dict(controlnet_unions_item_data)

                controlnet_unions.append(controlnet_unions_item)

        _ip_adapters = d.pop("ip_adapters", UNSET)
        ip_adapters: list[IPAdapter] | Unset = UNSET
        if _ip_adapters is not UNSET:
            ip_adapters = []
            for ip_adapters_item_data in _ip_adapters:
                ip_adapters_item = IPAdapter.from_dict(ip_adapters_item_data)

                ip_adapters.append(ip_adapters_item)

        _easycontrols = d.pop("easycontrols", UNSET)
        easycontrols: list[EasyControlWeight] | Unset = UNSET
        if _easycontrols is not UNSET:
            easycontrols = []
            for easycontrols_item_data in _easycontrols:
                easycontrols_item = EasyControlWeight.from_dict(easycontrols_item_data)

                easycontrols.append(easycontrols_item)

        _fill_image = d.pop("fill_image", UNSET)
        fill_image: ImageFillInput | Unset
        if isinstance(_fill_image, Unset):
            fill_image = UNSET
        else:
            fill_image = ImageFillInput.from_dict(_fill_image)

        guidance_scale = d.pop("guidance_scale", UNSET)

        real_cfg_scale = d.pop("real_cfg_scale", UNSET)

        use_real_cfg = d.pop("use_real_cfg", UNSET)

        use_cfg_zero = d.pop("use_cfg_zero", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        num_images = d.pop("num_images", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        reference_image_url = d.pop("reference_image_url", UNSET)

        reference_strength = d.pop("reference_strength", UNSET)

        reference_start = d.pop("reference_start", UNSET)

        reference_end = d.pop("reference_end", UNSET)

        base_shift = d.pop("base_shift", UNSET)

        max_shift = d.pop("max_shift", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: FluxGeneralInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_flux_general_input_output_format(_output_format)

        use_beta_schedule = d.pop("use_beta_schedule", UNSET)

        _sigma_schedule = d.pop("sigma_schedule", UNSET)
        sigma_schedule: FluxGeneralInputSigmaSchedule | Unset
        if isinstance(_sigma_schedule, Unset):
            sigma_schedule = UNSET
        else:
            sigma_schedule = check_flux_general_input_sigma_schedule(_sigma_schedule)

        _scheduler = d.pop("scheduler", UNSET)
        scheduler: FluxGeneralInputScheduler | Unset
        if isinstance(_scheduler, Unset):
            scheduler = UNSET
        else:
            scheduler = check_flux_general_input_scheduler(_scheduler)

        negative_prompt = d.pop("negative_prompt", UNSET)

        nag_scale = d.pop("nag_scale", UNSET)

        nag_tau = d.pop("nag_tau", UNSET)

        nag_alpha = d.pop("nag_alpha", UNSET)

        nag_end = d.pop("nag_end", UNSET)

        flux_general_input = cls(
            prompt=prompt,
            image_size=image_size,
            num_inference_steps=num_inference_steps,
            seed=seed,
            loras=loras,
            control_loras=control_loras,
            controlnets=controlnets,
            controlnet_unions=controlnet_unions,
            ip_adapters=ip_adapters,
            easycontrols=easycontrols,
            fill_image=fill_image,
            guidance_scale=guidance_scale,
            real_cfg_scale=real_cfg_scale,
            use_real_cfg=use_real_cfg,
            use_cfg_zero=use_cfg_zero,
            sync_mode=sync_mode,
            num_images=num_images,
            enable_safety_checker=enable_safety_checker,
            reference_image_url=reference_image_url,
            reference_strength=reference_strength,
            reference_start=reference_start,
            reference_end=reference_end,
            base_shift=base_shift,
            max_shift=max_shift,
            output_format=output_format,
            use_beta_schedule=use_beta_schedule,
            sigma_schedule=sigma_schedule,
            scheduler=scheduler,
            negative_prompt=negative_prompt,
            nag_scale=nag_scale,
            nag_tau=nag_tau,
            nag_alpha=nag_alpha,
            nag_end=nag_end,
        )

        return flux_general_input
