"""Settings: one commented defaults file, overridden key by key by a user file."""
from __future__ import annotations

import copy
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError

Config = dict[str, dict[str, Any]]

# Keys whose value must be one of a few names: a typo would otherwise surface deep in a run.
CHOICES: dict[tuple[str, str], tuple[str, ...]] = {
    ("stories", "linkage"): ("single", "average", "top3"),
}


def defaults() -> Config:
    """The shipped defaults (`defaults.toml`)."""
    return tomllib.loads(resources.files("marsad").joinpath("defaults.toml").read_text("utf-8"))


def merge(base: Config, override: dict[str, Any], where: str = "") -> Config:
    """`base` with `override` applied; a key `base` does not declare is an error naming it."""
    out = copy.deepcopy(base)
    for section, values in override.items():
        if section not in out or not isinstance(values, dict):
            raise ConfigError(f"unknown config section [{section}]{where}")
        for key, value in values.items():
            if key not in out[section]:
                raise ConfigError(f"unknown config key {section}.{key}{where}")
            if not _same_type(out[section][key], value):
                raise ConfigError(f"config key {section}.{key}{where} must be "
                                  f"{type(out[section][key]).__name__}, got {value!r}")
            allowed = CHOICES.get((section, key))
            if allowed is not None and value not in allowed:
                raise ConfigError(f"config key {section}.{key}{where} must be one of "
                                  f"{', '.join(allowed)}, got {value!r}")
            out[section][key] = value
    return out


def _same_type(default: Any, value: Any) -> bool:
    """Ints are accepted where floats are declared; otherwise types must match."""
    if isinstance(default, float) and isinstance(value, int) and not isinstance(value, bool):
        return True
    return type(default) is type(value)


def load(path: str | Path | None = None, **overrides: dict[str, Any]) -> Config:
    """Defaults, then the user file at `path`, then keyword overrides (`fetch={...}`)."""
    cfg = defaults()
    if path is not None:
        try:
            user = tomllib.loads(Path(path).read_text("utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read config {path}: {exc}") from exc
        cfg = merge(cfg, user, f" in {path}")
    return merge(cfg, overrides) if overrides else cfg
