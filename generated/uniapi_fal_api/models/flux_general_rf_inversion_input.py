from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.flux_general_rf_inversion_input_image_size_type_1 import (
    FluxGeneralRfInversionInputImageSizeType1,
    check_flux_general_rf_inversion_input_image_size_type_1,
)
from ..models.flux_general_rf_inversion_input_output_format import (
    FluxGeneralRfInversionInputOutputFormat,
    check_flux_general_rf_inversion_input_output_format,
)
from ..models.flux_general_rf_inversion_input_reverse_guidance_schedule import (
    FluxGeneralRfInversionInputReverseGuidanceSchedule,
    check_flux_general_rf_inversion_input_reverse_guidance_schedule,
)
from ..models.flux_general_rf_inversion_input_scheduler import (
    FluxGeneralRfInversionInputScheduler,
    check_flux_general_rf_inversion_input_scheduler,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.control_lora_weight_vd328b9 import ControlLoraWeightVD328B9
    from ..models.control_net_union_v68bd7e import ControlNetUnionV68BD7E
    from ..models.control_net_v78bbb6 import ControlNetV78BBB6
    from ..models.easy_control_weight_v17be90 import EasyControlWeightV17BE90
    from ..models.image_fill_input_v58816c import ImageFillInputV58816C
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from ..models.lora_weight_vf02bfb import LoraWeightVF02BFB
    from .flux_general_rf_inversion_output import FluxGeneralRfInversionOutput  # noqa: F401


T = TypeVar("T", bound="FluxGeneralRfInversionInput")


@_attrs_define
class FluxGeneralRfInversionInput(
    FalInput["FluxGeneralRfInversionOutput"], endpoint="fal-ai/flux-general/rf-inversion"
):
    """Input of `fal-ai/flux-general/rf-inversion` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    base_shift: float | Unset = UNSET
    """Number. Server default: 0.5."""
    control_loras: list[ControlLoraWeightVD328B9] | Unset = UNSET
    """List of ControlLoraWeightVD328B9."""
    controller_guidance_forward: float | Unset = UNSET
    """Number. Server default: 0.6."""
    controller_guidance_reverse: float | Unset = UNSET
    """Number. Server default: 0.75."""
    controlnet_unions: list[ControlNetUnionV68BD7E] | Unset = UNSET
    """List of ControlNetUnionV68BD7E."""
    controlnets: list[ControlNetV78BBB6] | Unset = UNSET
    """List of ControlNetV78BBB6."""
    easycontrols: list[EasyControlWeightV17BE90] | Unset = UNSET
    """List of EasyControlWeightV17BE90."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    fill_image: ImageFillInputV58816C | Unset = UNSET
    """ImageFillInputV58816C."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 3.5."""
    image_size: FluxGeneralRfInversionInputImageSizeType1 | ImageSizeV9A3DFF | Unset = UNSET
    """ImageSizeV9A3DFF or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9"."""
    loras: list[LoraWeightVF02BFB] | Unset = UNSET
    """List of LoraWeightVF02BFB."""
    max_shift: float | Unset = UNSET
    """Number. Server default: 1.15."""
    nag_alpha: float | Unset = UNSET
    """Number. Server default: 0.25."""
    nag_end: float | Unset = UNSET
    """Number. Server default: 0.25."""
    nag_scale: float | Unset = UNSET
    """Number. Server default: 3."""
    nag_tau: float | Unset = UNSET
    """Number. Server default: 2.5."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 28."""
    output_format: FluxGeneralRfInversionInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png". Server default: "png"."""
    reference_end: float | Unset = UNSET
    """Number. Server default: 1."""
    reference_image_url: str | Unset = UNSET
    """URL or local file."""
    reference_start: float | Unset = UNSET
    """Number."""
    reference_strength: float | Unset = UNSET
    """Number. Server default: 0.65."""
    reverse_guidance_end: float | Unset = UNSET
    """Number. Server default: 8."""
    reverse_guidance_schedule: FluxGeneralRfInversionInputReverseGuidanceSchedule | Unset = UNSET
    """One of "constant", "linear_increase", "linear_decrease". Server default: "constant"."""
    reverse_guidance_start: float | Unset = UNSET
    """Number."""
    scheduler: FluxGeneralRfInversionInputScheduler | Unset = UNSET
    """One of "euler", "dpmpp_2m". Server default: "euler"."""
    seed: float | Unset = UNSET
    """Number."""
    sigma_schedule: str | Unset = UNSET
    """String."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""
    use_beta_schedule: bool | Unset = UNSET
    """Boolean."""
    use_cfg_zero: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        image_url = self.image_url

        prompt = self.prompt

        base_shift = self.base_shift

        control_loras: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.control_loras, Unset):
            control_loras = []
            for control_loras_item_data in self.control_loras:
                control_loras_item = control_loras_item_data.to_dict()
                control_loras.append(control_loras_item)

        controller_guidance_forward = self.controller_guidance_forward

        controller_guidance_reverse = self.controller_guidance_reverse

        controlnet_unions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.controlnet_unions, Unset):
            controlnet_unions = []
            for controlnet_unions_item_data in self.controlnet_unions:
                controlnet_unions_item = controlnet_unions_item_data.to_dict()
                controlnet_unions.append(controlnet_unions_item)

        controlnets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.controlnets, Unset):
            controlnets = []
            for controlnets_item_data in self.controlnets:
                controlnets_item = controlnets_item_data.to_dict()
                controlnets.append(controlnets_item)

        easycontrols: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.easycontrols, Unset):
            easycontrols = []
            for easycontrols_item_data in self.easycontrols:
                easycontrols_item = easycontrols_item_data.to_dict()
                easycontrols.append(easycontrols_item)

        enable_safety_checker = self.enable_safety_checker

        fill_image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fill_image, Unset):
            fill_image = self.fill_image.to_dict()

        guidance_scale = self.guidance_scale

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSizeV9A3DFF):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        loras: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loras, Unset):
            loras = []
            for loras_item_data in self.loras:
                loras_item = loras_item_data.to_dict()
                loras.append(loras_item)

        max_shift = self.max_shift

        nag_alpha = self.nag_alpha

        nag_end = self.nag_end

        nag_scale = self.nag_scale

        nag_tau = self.nag_tau

        negative_prompt = self.negative_prompt

        num_images = self.num_images

        num_inference_steps = self.num_inference_steps

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        reference_end = self.reference_end

        reference_image_url = self.reference_image_url

        reference_start = self.reference_start

        reference_strength = self.reference_strength

        reverse_guidance_end = self.reverse_guidance_end

        reverse_guidance_schedule: str | Unset = UNSET
        if not isinstance(self.reverse_guidance_schedule, Unset):
            reverse_guidance_schedule = self.reverse_guidance_schedule

        reverse_guidance_start = self.reverse_guidance_start

        scheduler: str | Unset = UNSET
        if not isinstance(self.scheduler, Unset):
            scheduler = self.scheduler

        seed = self.seed

        sigma_schedule = self.sigma_schedule

        sync_mode = self.sync_mode

        use_beta_schedule = self.use_beta_schedule

        use_cfg_zero = self.use_cfg_zero

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if base_shift is not UNSET:
            field_dict["base_shift"] = base_shift
        if control_loras is not UNSET:
            field_dict["control_loras"] = control_loras
        if controller_guidance_forward is not UNSET:
            field_dict["controller_guidance_forward"] = controller_guidance_forward
        if controller_guidance_reverse is not UNSET:
            field_dict["controller_guidance_reverse"] = controller_guidance_reverse
        if controlnet_unions is not UNSET:
            field_dict["controlnet_unions"] = controlnet_unions
        if controlnets is not UNSET:
            field_dict["controlnets"] = controlnets
        if easycontrols is not UNSET:
            field_dict["easycontrols"] = easycontrols
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if fill_image is not UNSET:
            field_dict["fill_image"] = fill_image
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if loras is not UNSET:
            field_dict["loras"] = loras
        if max_shift is not UNSET:
            field_dict["max_shift"] = max_shift
        if nag_alpha is not UNSET:
            field_dict["nag_alpha"] = nag_alpha
        if nag_end is not UNSET:
            field_dict["nag_end"] = nag_end
        if nag_scale is not UNSET:
            field_dict["nag_scale"] = nag_scale
        if nag_tau is not UNSET:
            field_dict["nag_tau"] = nag_tau
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if reference_end is not UNSET:
            field_dict["reference_end"] = reference_end
        if reference_image_url is not UNSET:
            field_dict["reference_image_url"] = reference_image_url
        if reference_start is not UNSET:
            field_dict["reference_start"] = reference_start
        if reference_strength is not UNSET:
            field_dict["reference_strength"] = reference_strength
        if reverse_guidance_end is not UNSET:
            field_dict["reverse_guidance_end"] = reverse_guidance_end
        if reverse_guidance_schedule is not UNSET:
            field_dict["reverse_guidance_schedule"] = reverse_guidance_schedule
        if reverse_guidance_start is not UNSET:
            field_dict["reverse_guidance_start"] = reverse_guidance_start
        if scheduler is not UNSET:
            field_dict["scheduler"] = scheduler
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sigma_schedule is not UNSET:
            field_dict["sigma_schedule"] = sigma_schedule
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if use_beta_schedule is not UNSET:
            field_dict["use_beta_schedule"] = use_beta_schedule
        if use_cfg_zero is not UNSET:
            field_dict["use_cfg_zero"] = use_cfg_zero

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.control_lora_weight_vd328b9 import ControlLoraWeightVD328B9  # noqa: PLC0415
        from ..models.control_net_union_v68bd7e import ControlNetUnionV68BD7E  # noqa: PLC0415
        from ..models.control_net_v78bbb6 import ControlNetV78BBB6  # noqa: PLC0415
        from ..models.easy_control_weight_v17be90 import EasyControlWeightV17BE90  # noqa: PLC0415
        from ..models.image_fill_input_v58816c import ImageFillInputV58816C  # noqa: PLC0415
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415
        from ..models.lora_weight_vf02bfb import LoraWeightVF02BFB  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        base_shift = d.pop("base_shift", UNSET)

        _control_loras = d.pop("control_loras", UNSET)
        control_loras: list[ControlLoraWeightVD328B9] | Unset = UNSET
        if _control_loras is not UNSET:
            control_loras = []
            for control_loras_item_data in _control_loras:
                control_loras_item = ControlLoraWeightVD328B9.from_dict(control_loras_item_data)

                control_loras.append(control_loras_item)

        controller_guidance_forward = d.pop("controller_guidance_forward", UNSET)

        controller_guidance_reverse = d.pop("controller_guidance_reverse", UNSET)

        _controlnet_unions = d.pop("controlnet_unions", UNSET)
        controlnet_unions: list[ControlNetUnionV68BD7E] | Unset = UNSET
        if _controlnet_unions is not UNSET:
            controlnet_unions = []
            for controlnet_unions_item_data in _controlnet_unions:
                controlnet_unions_item = ControlNetUnionV68BD7E.from_dict(
                    controlnet_unions_item_data
                )

                controlnet_unions.append(controlnet_unions_item)

        _controlnets = d.pop("controlnets", UNSET)
        controlnets: list[ControlNetV78BBB6] | Unset = UNSET
        if _controlnets is not UNSET:
            controlnets = []
            for controlnets_item_data in _controlnets:
                controlnets_item = ControlNetV78BBB6.from_dict(controlnets_item_data)

                controlnets.append(controlnets_item)

        _easycontrols = d.pop("easycontrols", UNSET)
        easycontrols: list[EasyControlWeightV17BE90] | Unset = UNSET
        if _easycontrols is not UNSET:
            easycontrols = []
            for easycontrols_item_data in _easycontrols:
                easycontrols_item = EasyControlWeightV17BE90.from_dict(easycontrols_item_data)

                easycontrols.append(easycontrols_item)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _fill_image = d.pop("fill_image", UNSET)
        fill_image: ImageFillInputV58816C | Unset
        if isinstance(_fill_image, Unset):
            fill_image = UNSET
        else:
            fill_image = ImageFillInputV58816C.from_dict(_fill_image)

        guidance_scale = d.pop("guidance_scale", UNSET)

        def _parse_image_size(
            data: object,
        ) -> FluxGeneralRfInversionInputImageSizeType1 | ImageSizeV9A3DFF | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_size_type_0 = ImageSizeV9A3DFF.from_dict(data)

                return image_size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            image_size_type_1 = check_flux_general_rf_inversion_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        _loras = d.pop("loras", UNSET)
        loras: list[LoraWeightVF02BFB] | Unset = UNSET
        if _loras is not UNSET:
            loras = []
            for loras_item_data in _loras:
                loras_item = LoraWeightVF02BFB.from_dict(loras_item_data)

                loras.append(loras_item)

        max_shift = d.pop("max_shift", UNSET)

        nag_alpha = d.pop("nag_alpha", UNSET)

        nag_end = d.pop("nag_end", UNSET)

        nag_scale = d.pop("nag_scale", UNSET)

        nag_tau = d.pop("nag_tau", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_images = d.pop("num_images", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: FluxGeneralRfInversionInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_flux_general_rf_inversion_input_output_format(_output_format)

        reference_end = d.pop("reference_end", UNSET)

        reference_image_url = d.pop("reference_image_url", UNSET)

        reference_start = d.pop("reference_start", UNSET)

        reference_strength = d.pop("reference_strength", UNSET)

        reverse_guidance_end = d.pop("reverse_guidance_end", UNSET)

        _reverse_guidance_schedule = d.pop("reverse_guidance_schedule", UNSET)
        reverse_guidance_schedule: FluxGeneralRfInversionInputReverseGuidanceSchedule | Unset
        if isinstance(_reverse_guidance_schedule, Unset):
            reverse_guidance_schedule = UNSET
        else:
            reverse_guidance_schedule = (
                check_flux_general_rf_inversion_input_reverse_guidance_schedule(
                    _reverse_guidance_schedule
                )
            )

        reverse_guidance_start = d.pop("reverse_guidance_start", UNSET)

        _scheduler = d.pop("scheduler", UNSET)
        scheduler: FluxGeneralRfInversionInputScheduler | Unset
        if isinstance(_scheduler, Unset):
            scheduler = UNSET
        else:
            scheduler = check_flux_general_rf_inversion_input_scheduler(_scheduler)

        seed = d.pop("seed", UNSET)

        sigma_schedule = d.pop("sigma_schedule", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        use_beta_schedule = d.pop("use_beta_schedule", UNSET)

        use_cfg_zero = d.pop("use_cfg_zero", UNSET)

        flux_general_rf_inversion_input = cls(
            image_url=image_url,
            prompt=prompt,
            base_shift=base_shift,
            control_loras=control_loras,
            controller_guidance_forward=controller_guidance_forward,
            controller_guidance_reverse=controller_guidance_reverse,
            controlnet_unions=controlnet_unions,
            controlnets=controlnets,
            easycontrols=easycontrols,
            enable_safety_checker=enable_safety_checker,
            fill_image=fill_image,
            guidance_scale=guidance_scale,
            image_size=image_size,
            loras=loras,
            max_shift=max_shift,
            nag_alpha=nag_alpha,
            nag_end=nag_end,
            nag_scale=nag_scale,
            nag_tau=nag_tau,
            negative_prompt=negative_prompt,
            num_images=num_images,
            num_inference_steps=num_inference_steps,
            output_format=output_format,
            reference_end=reference_end,
            reference_image_url=reference_image_url,
            reference_start=reference_start,
            reference_strength=reference_strength,
            reverse_guidance_end=reverse_guidance_end,
            reverse_guidance_schedule=reverse_guidance_schedule,
            reverse_guidance_start=reverse_guidance_start,
            scheduler=scheduler,
            seed=seed,
            sigma_schedule=sigma_schedule,
            sync_mode=sync_mode,
            use_beta_schedule=use_beta_schedule,
            use_cfg_zero=use_cfg_zero,
        )

        return flux_general_rf_inversion_input
