from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.post_processing_input_blue_direction import (
    PostProcessingInputBlueDirection,
    check_post_processing_input_blue_direction,
)
from ..models.post_processing_input_blur_type import (
    PostProcessingInputBlurType,
    check_post_processing_input_blur_type,
)
from ..models.post_processing_input_desaturate_method import (
    PostProcessingInputDesaturateMethod,
    check_post_processing_input_desaturate_method,
)
from ..models.post_processing_input_dodge_burn_mode import (
    PostProcessingInputDodgeBurnMode,
    check_post_processing_input_dodge_burn_mode,
)
from ..models.post_processing_input_grain_style import (
    PostProcessingInputGrainStyle,
    check_post_processing_input_grain_style,
)
from ..models.post_processing_input_green_direction import (
    PostProcessingInputGreenDirection,
    check_post_processing_input_green_direction,
)
from ..models.post_processing_input_red_direction import (
    PostProcessingInputRedDirection,
    check_post_processing_input_red_direction,
)
from ..models.post_processing_input_sharpen_mode import (
    PostProcessingInputSharpenMode,
    check_post_processing_input_sharpen_mode,
)
from ..models.post_processing_input_tint_mode import (
    PostProcessingInputTintMode,
    check_post_processing_input_tint_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .post_processing_output import PostProcessingOutput  # noqa: F401


T = TypeVar("T", bound="PostProcessingInput")


@_attrs_define
class PostProcessingInput(FalInput["PostProcessingOutput"], endpoint="fal-ai/post-processing"):
    """Input of `fal-ai/post-processing` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    blue_direction: PostProcessingInputBlueDirection | Unset = UNSET
    """One of "horizontal", "vertical". Server default: "horizontal"."""
    blue_shift: float | Unset = UNSET
    """Number."""
    blur_radius: float | Unset = UNSET
    """Number. Server default: 3."""
    blur_sigma: float | Unset = UNSET
    """Number. Server default: 1."""
    blur_type: PostProcessingInputBlurType | Unset = UNSET
    """One of "gaussian", "kuwahara". Server default: "gaussian"."""
    brightness: float | Unset = UNSET
    """Number."""
    cas_amount: float | Unset = UNSET
    """Number. Server default: 0.8."""
    contrast: float | Unset = UNSET
    """Number."""
    desaturate_factor: float | Unset = UNSET
    """Number. Server default: 1."""
    desaturate_method: PostProcessingInputDesaturateMethod | Unset = UNSET
    """One of "luminance (Rec.709)", "luminance (Rec.601)", "average", "lightness". Server default:
    "luminance (Rec.709)"."""
    dissolve_factor: float | Unset = UNSET
    """Number. Server default: 0.5."""
    dissolve_image_url: str | Unset = UNSET
    """URL or local file. Server default: ""."""
    dodge_burn_intensity: float | Unset = UNSET
    """Number. Server default: 0.5."""
    dodge_burn_mode: PostProcessingInputDodgeBurnMode | Unset = UNSET
    """One of "dodge", "burn", "dodge_and_burn", "burn_and_dodge", "color_dodge", "color_burn",
    "linear_dodge", "linear_burn". Server default: "dodge"."""
    enable_blur: bool | Unset = UNSET
    """Boolean."""
    enable_chromatic: bool | Unset = UNSET
    """Boolean."""
    enable_color_correction: bool | Unset = UNSET
    """Boolean."""
    enable_desaturate: bool | Unset = UNSET
    """Boolean."""
    enable_dissolve: bool | Unset = UNSET
    """Boolean."""
    enable_dodge_burn: bool | Unset = UNSET
    """Boolean."""
    enable_glow: bool | Unset = UNSET
    """Boolean."""
    enable_grain: bool | Unset = UNSET
    """Boolean."""
    enable_parabolize: bool | Unset = UNSET
    """Boolean."""
    enable_sharpen: bool | Unset = UNSET
    """Boolean."""
    enable_solarize: bool | Unset = UNSET
    """Boolean."""
    enable_tint: bool | Unset = UNSET
    """Boolean."""
    enable_vignette: bool | Unset = UNSET
    """Boolean."""
    gamma: float | Unset = UNSET
    """Number. Server default: 1."""
    glow_intensity: float | Unset = UNSET
    """Number. Server default: 1."""
    glow_radius: float | Unset = UNSET
    """Number. Server default: 5."""
    grain_intensity: float | Unset = UNSET
    """Number. Server default: 0.4."""
    grain_scale: float | Unset = UNSET
    """Number. Server default: 10."""
    grain_style: PostProcessingInputGrainStyle | Unset = UNSET
    """One of "modern", "analog", "kodak", "fuji", "cinematic", "newspaper". Server default:
    "modern"."""
    green_direction: PostProcessingInputGreenDirection | Unset = UNSET
    """One of "horizontal", "vertical". Server default: "horizontal"."""
    green_shift: float | Unset = UNSET
    """Number."""
    noise_radius: float | Unset = UNSET
    """Number. Server default: 7."""
    parabolize_coeff: float | Unset = UNSET
    """Number. Server default: 1."""
    preserve_edges: float | Unset = UNSET
    """Number. Server default: 0.75."""
    red_direction: PostProcessingInputRedDirection | Unset = UNSET
    """One of "horizontal", "vertical". Server default: "horizontal"."""
    red_shift: float | Unset = UNSET
    """Number."""
    saturation: float | Unset = UNSET
    """Number."""
    sharpen_alpha: float | Unset = UNSET
    """Number. Server default: 1."""
    sharpen_mode: PostProcessingInputSharpenMode | Unset = UNSET
    """One of "basic", "smart", "cas". Server default: "basic"."""
    sharpen_radius: float | Unset = UNSET
    """Number. Server default: 1."""
    smart_sharpen_ratio: float | Unset = UNSET
    """Number. Server default: 0.5."""
    smart_sharpen_strength: float | Unset = UNSET
    """Number. Server default: 5."""
    solarize_threshold: float | Unset = UNSET
    """Number. Server default: 0.5."""
    temperature: float | Unset = UNSET
    """Number."""
    tint_mode: PostProcessingInputTintMode | Unset = UNSET
    """One of "sepia", "red", "green", "blue", "cyan", "magenta", "yellow", "purple", ... (20
    values). Server default: "sepia"."""
    tint_strength: float | Unset = UNSET
    """Number. Server default: 1."""
    vertex_x: float | Unset = UNSET
    """Number. Server default: 0.5."""
    vertex_y: float | Unset = UNSET
    """Number. Server default: 0.5."""
    vignette_strength: float | Unset = UNSET
    """Number. Server default: 0.5."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        blue_direction: str | Unset = UNSET
        if not isinstance(self.blue_direction, Unset):
            blue_direction = self.blue_direction

        blue_shift = self.blue_shift

        blur_radius = self.blur_radius

        blur_sigma = self.blur_sigma

        blur_type: str | Unset = UNSET
        if not isinstance(self.blur_type, Unset):
            blur_type = self.blur_type

        brightness = self.brightness

        cas_amount = self.cas_amount

        contrast = self.contrast

        desaturate_factor = self.desaturate_factor

        desaturate_method: str | Unset = UNSET
        if not isinstance(self.desaturate_method, Unset):
            desaturate_method = self.desaturate_method

        dissolve_factor = self.dissolve_factor

        dissolve_image_url = self.dissolve_image_url

        dodge_burn_intensity = self.dodge_burn_intensity

        dodge_burn_mode: str | Unset = UNSET
        if not isinstance(self.dodge_burn_mode, Unset):
            dodge_burn_mode = self.dodge_burn_mode

        enable_blur = self.enable_blur

        enable_chromatic = self.enable_chromatic

        enable_color_correction = self.enable_color_correction

        enable_desaturate = self.enable_desaturate

        enable_dissolve = self.enable_dissolve

        enable_dodge_burn = self.enable_dodge_burn

        enable_glow = self.enable_glow

        enable_grain = self.enable_grain

        enable_parabolize = self.enable_parabolize

        enable_sharpen = self.enable_sharpen

        enable_solarize = self.enable_solarize

        enable_tint = self.enable_tint

        enable_vignette = self.enable_vignette

        gamma = self.gamma

        glow_intensity = self.glow_intensity

        glow_radius = self.glow_radius

        grain_intensity = self.grain_intensity

        grain_scale = self.grain_scale

        grain_style: str | Unset = UNSET
        if not isinstance(self.grain_style, Unset):
            grain_style = self.grain_style

        green_direction: str | Unset = UNSET
        if not isinstance(self.green_direction, Unset):
            green_direction = self.green_direction

        green_shift = self.green_shift

        noise_radius = self.noise_radius

        parabolize_coeff = self.parabolize_coeff

        preserve_edges = self.preserve_edges

        red_direction: str | Unset = UNSET
        if not isinstance(self.red_direction, Unset):
            red_direction = self.red_direction

        red_shift = self.red_shift

        saturation = self.saturation

        sharpen_alpha = self.sharpen_alpha

        sharpen_mode: str | Unset = UNSET
        if not isinstance(self.sharpen_mode, Unset):
            sharpen_mode = self.sharpen_mode

        sharpen_radius = self.sharpen_radius

        smart_sharpen_ratio = self.smart_sharpen_ratio

        smart_sharpen_strength = self.smart_sharpen_strength

        solarize_threshold = self.solarize_threshold

        temperature = self.temperature

        tint_mode: str | Unset = UNSET
        if not isinstance(self.tint_mode, Unset):
            tint_mode = self.tint_mode

        tint_strength = self.tint_strength

        vertex_x = self.vertex_x

        vertex_y = self.vertex_y

        vignette_strength = self.vignette_strength

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if blue_direction is not UNSET:
            field_dict["blue_direction"] = blue_direction
        if blue_shift is not UNSET:
            field_dict["blue_shift"] = blue_shift
        if blur_radius is not UNSET:
            field_dict["blur_radius"] = blur_radius
        if blur_sigma is not UNSET:
            field_dict["blur_sigma"] = blur_sigma
        if blur_type is not UNSET:
            field_dict["blur_type"] = blur_type
        if brightness is not UNSET:
            field_dict["brightness"] = brightness
        if cas_amount is not UNSET:
            field_dict["cas_amount"] = cas_amount
        if contrast is not UNSET:
            field_dict["contrast"] = contrast
        if desaturate_factor is not UNSET:
            field_dict["desaturate_factor"] = desaturate_factor
        if desaturate_method is not UNSET:
            field_dict["desaturate_method"] = desaturate_method
        if dissolve_factor is not UNSET:
            field_dict["dissolve_factor"] = dissolve_factor
        if dissolve_image_url is not UNSET:
            field_dict["dissolve_image_url"] = dissolve_image_url
        if dodge_burn_intensity is not UNSET:
            field_dict["dodge_burn_intensity"] = dodge_burn_intensity
        if dodge_burn_mode is not UNSET:
            field_dict["dodge_burn_mode"] = dodge_burn_mode
        if enable_blur is not UNSET:
            field_dict["enable_blur"] = enable_blur
        if enable_chromatic is not UNSET:
            field_dict["enable_chromatic"] = enable_chromatic
        if enable_color_correction is not UNSET:
            field_dict["enable_color_correction"] = enable_color_correction
        if enable_desaturate is not UNSET:
            field_dict["enable_desaturate"] = enable_desaturate
        if enable_dissolve is not UNSET:
            field_dict["enable_dissolve"] = enable_dissolve
        if enable_dodge_burn is not UNSET:
            field_dict["enable_dodge_burn"] = enable_dodge_burn
        if enable_glow is not UNSET:
            field_dict["enable_glow"] = enable_glow
        if enable_grain is not UNSET:
            field_dict["enable_grain"] = enable_grain
        if enable_parabolize is not UNSET:
            field_dict["enable_parabolize"] = enable_parabolize
        if enable_sharpen is not UNSET:
            field_dict["enable_sharpen"] = enable_sharpen
        if enable_solarize is not UNSET:
            field_dict["enable_solarize"] = enable_solarize
        if enable_tint is not UNSET:
            field_dict["enable_tint"] = enable_tint
        if enable_vignette is not UNSET:
            field_dict["enable_vignette"] = enable_vignette
        if gamma is not UNSET:
            field_dict["gamma"] = gamma
        if glow_intensity is not UNSET:
            field_dict["glow_intensity"] = glow_intensity
        if glow_radius is not UNSET:
            field_dict["glow_radius"] = glow_radius
        if grain_intensity is not UNSET:
            field_dict["grain_intensity"] = grain_intensity
        if grain_scale is not UNSET:
            field_dict["grain_scale"] = grain_scale
        if grain_style is not UNSET:
            field_dict["grain_style"] = grain_style
        if green_direction is not UNSET:
            field_dict["green_direction"] = green_direction
        if green_shift is not UNSET:
            field_dict["green_shift"] = green_shift
        if noise_radius is not UNSET:
            field_dict["noise_radius"] = noise_radius
        if parabolize_coeff is not UNSET:
            field_dict["parabolize_coeff"] = parabolize_coeff
        if preserve_edges is not UNSET:
            field_dict["preserve_edges"] = preserve_edges
        if red_direction is not UNSET:
            field_dict["red_direction"] = red_direction
        if red_shift is not UNSET:
            field_dict["red_shift"] = red_shift
        if saturation is not UNSET:
            field_dict["saturation"] = saturation
        if sharpen_alpha is not UNSET:
            field_dict["sharpen_alpha"] = sharpen_alpha
        if sharpen_mode is not UNSET:
            field_dict["sharpen_mode"] = sharpen_mode
        if sharpen_radius is not UNSET:
            field_dict["sharpen_radius"] = sharpen_radius
        if smart_sharpen_ratio is not UNSET:
            field_dict["smart_sharpen_ratio"] = smart_sharpen_ratio
        if smart_sharpen_strength is not UNSET:
            field_dict["smart_sharpen_strength"] = smart_sharpen_strength
        if solarize_threshold is not UNSET:
            field_dict["solarize_threshold"] = solarize_threshold
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if tint_mode is not UNSET:
            field_dict["tint_mode"] = tint_mode
        if tint_strength is not UNSET:
            field_dict["tint_strength"] = tint_strength
        if vertex_x is not UNSET:
            field_dict["vertex_x"] = vertex_x
        if vertex_y is not UNSET:
            field_dict["vertex_y"] = vertex_y
        if vignette_strength is not UNSET:
            field_dict["vignette_strength"] = vignette_strength

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        _blue_direction = d.pop("blue_direction", UNSET)
        blue_direction: PostProcessingInputBlueDirection | Unset
        if isinstance(_blue_direction, Unset):
            blue_direction = UNSET
        else:
            blue_direction = check_post_processing_input_blue_direction(_blue_direction)

        blue_shift = d.pop("blue_shift", UNSET)

        blur_radius = d.pop("blur_radius", UNSET)

        blur_sigma = d.pop("blur_sigma", UNSET)

        _blur_type = d.pop("blur_type", UNSET)
        blur_type: PostProcessingInputBlurType | Unset
        if isinstance(_blur_type, Unset):
            blur_type = UNSET
        else:
            blur_type = check_post_processing_input_blur_type(_blur_type)

        brightness = d.pop("brightness", UNSET)

        cas_amount = d.pop("cas_amount", UNSET)

        contrast = d.pop("contrast", UNSET)

        desaturate_factor = d.pop("desaturate_factor", UNSET)

        _desaturate_method = d.pop("desaturate_method", UNSET)
        desaturate_method: PostProcessingInputDesaturateMethod | Unset
        if isinstance(_desaturate_method, Unset):
            desaturate_method = UNSET
        else:
            desaturate_method = check_post_processing_input_desaturate_method(_desaturate_method)

        dissolve_factor = d.pop("dissolve_factor", UNSET)

        dissolve_image_url = d.pop("dissolve_image_url", UNSET)

        dodge_burn_intensity = d.pop("dodge_burn_intensity", UNSET)

        _dodge_burn_mode = d.pop("dodge_burn_mode", UNSET)
        dodge_burn_mode: PostProcessingInputDodgeBurnMode | Unset
        if isinstance(_dodge_burn_mode, Unset):
            dodge_burn_mode = UNSET
        else:
            dodge_burn_mode = check_post_processing_input_dodge_burn_mode(_dodge_burn_mode)

        enable_blur = d.pop("enable_blur", UNSET)

        enable_chromatic = d.pop("enable_chromatic", UNSET)

        enable_color_correction = d.pop("enable_color_correction", UNSET)

        enable_desaturate = d.pop("enable_desaturate", UNSET)

        enable_dissolve = d.pop("enable_dissolve", UNSET)

        enable_dodge_burn = d.pop("enable_dodge_burn", UNSET)

        enable_glow = d.pop("enable_glow", UNSET)

        enable_grain = d.pop("enable_grain", UNSET)

        enable_parabolize = d.pop("enable_parabolize", UNSET)

        enable_sharpen = d.pop("enable_sharpen", UNSET)

        enable_solarize = d.pop("enable_solarize", UNSET)

        enable_tint = d.pop("enable_tint", UNSET)

        enable_vignette = d.pop("enable_vignette", UNSET)

        gamma = d.pop("gamma", UNSET)

        glow_intensity = d.pop("glow_intensity", UNSET)

        glow_radius = d.pop("glow_radius", UNSET)

        grain_intensity = d.pop("grain_intensity", UNSET)

        grain_scale = d.pop("grain_scale", UNSET)

        _grain_style = d.pop("grain_style", UNSET)
        grain_style: PostProcessingInputGrainStyle | Unset
        if isinstance(_grain_style, Unset):
            grain_style = UNSET
        else:
            grain_style = check_post_processing_input_grain_style(_grain_style)

        _green_direction = d.pop("green_direction", UNSET)
        green_direction: PostProcessingInputGreenDirection | Unset
        if isinstance(_green_direction, Unset):
            green_direction = UNSET
        else:
            green_direction = check_post_processing_input_green_direction(_green_direction)

        green_shift = d.pop("green_shift", UNSET)

        noise_radius = d.pop("noise_radius", UNSET)

        parabolize_coeff = d.pop("parabolize_coeff", UNSET)

        preserve_edges = d.pop("preserve_edges", UNSET)

        _red_direction = d.pop("red_direction", UNSET)
        red_direction: PostProcessingInputRedDirection | Unset
        if isinstance(_red_direction, Unset):
            red_direction = UNSET
        else:
            red_direction = check_post_processing_input_red_direction(_red_direction)

        red_shift = d.pop("red_shift", UNSET)

        saturation = d.pop("saturation", UNSET)

        sharpen_alpha = d.pop("sharpen_alpha", UNSET)

        _sharpen_mode = d.pop("sharpen_mode", UNSET)
        sharpen_mode: PostProcessingInputSharpenMode | Unset
        if isinstance(_sharpen_mode, Unset):
            sharpen_mode = UNSET
        else:
            sharpen_mode = check_post_processing_input_sharpen_mode(_sharpen_mode)

        sharpen_radius = d.pop("sharpen_radius", UNSET)

        smart_sharpen_ratio = d.pop("smart_sharpen_ratio", UNSET)

        smart_sharpen_strength = d.pop("smart_sharpen_strength", UNSET)

        solarize_threshold = d.pop("solarize_threshold", UNSET)

        temperature = d.pop("temperature", UNSET)

        _tint_mode = d.pop("tint_mode", UNSET)
        tint_mode: PostProcessingInputTintMode | Unset
        if isinstance(_tint_mode, Unset):
            tint_mode = UNSET
        else:
            tint_mode = check_post_processing_input_tint_mode(_tint_mode)

        tint_strength = d.pop("tint_strength", UNSET)

        vertex_x = d.pop("vertex_x", UNSET)

        vertex_y = d.pop("vertex_y", UNSET)

        vignette_strength = d.pop("vignette_strength", UNSET)

        post_processing_input = cls(
            image_url=image_url,
            blue_direction=blue_direction,
            blue_shift=blue_shift,
            blur_radius=blur_radius,
            blur_sigma=blur_sigma,
            blur_type=blur_type,
            brightness=brightness,
            cas_amount=cas_amount,
            contrast=contrast,
            desaturate_factor=desaturate_factor,
            desaturate_method=desaturate_method,
            dissolve_factor=dissolve_factor,
            dissolve_image_url=dissolve_image_url,
            dodge_burn_intensity=dodge_burn_intensity,
            dodge_burn_mode=dodge_burn_mode,
            enable_blur=enable_blur,
            enable_chromatic=enable_chromatic,
            enable_color_correction=enable_color_correction,
            enable_desaturate=enable_desaturate,
            enable_dissolve=enable_dissolve,
            enable_dodge_burn=enable_dodge_burn,
            enable_glow=enable_glow,
            enable_grain=enable_grain,
            enable_parabolize=enable_parabolize,
            enable_sharpen=enable_sharpen,
            enable_solarize=enable_solarize,
            enable_tint=enable_tint,
            enable_vignette=enable_vignette,
            gamma=gamma,
            glow_intensity=glow_intensity,
            glow_radius=glow_radius,
            grain_intensity=grain_intensity,
            grain_scale=grain_scale,
            grain_style=grain_style,
            green_direction=green_direction,
            green_shift=green_shift,
            noise_radius=noise_radius,
            parabolize_coeff=parabolize_coeff,
            preserve_edges=preserve_edges,
            red_direction=red_direction,
            red_shift=red_shift,
            saturation=saturation,
            sharpen_alpha=sharpen_alpha,
            sharpen_mode=sharpen_mode,
            sharpen_radius=sharpen_radius,
            smart_sharpen_ratio=smart_sharpen_ratio,
            smart_sharpen_strength=smart_sharpen_strength,
            solarize_threshold=solarize_threshold,
            temperature=temperature,
            tint_mode=tint_mode,
            tint_strength=tint_strength,
            vertex_x=vertex_x,
            vertex_y=vertex_y,
            vignette_strength=vignette_strength,
        )

        return post_processing_input
