"""The wheel holds every module and data file of the package, not only what an editable install sees.

An editable install (what `make setup` does) imports from the source tree, so a package missing from
pyproject.toml's explicit list still works there and breaks only for users of `pip install .`."""
from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def _package_dir(name: str) -> Path:
    """Where setuptools takes the package `name` from (the package-dir table, else its dotted path)."""
    mapped = CONFIG.get("package-dir", {}).get(name)
    return ROOT / (mapped if mapped else name.replace(".", "/"))


def test_every_python_package_is_listed():
    listed = set(CONFIG["packages"])
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "kg").rglob("__init__.py")
    }
    assert on_disk, "no package found under kg/"
    assert on_disk - listed == set(), f"packages missing from pyproject.toml: {sorted(on_disk - listed)}"
    assert all(_package_dir(name).is_dir() for name in listed)


def test_every_python_module_lies_in_a_listed_package():
    roots = {_package_dir(name): name for name in CONFIG["packages"]}
    stray = [str(module.relative_to(ROOT)) for module in (ROOT / "kg").rglob("*.py")
             if module.parent not in roots]
    assert stray == [], f"modules in no listed package: {stray}"


def _owner(path: Path) -> str | None:
    """The deepest listed package whose folder holds `path`."""
    owners = [name for name in CONFIG["packages"] if path.is_relative_to(_package_dir(name))]
    return max(owners, key=lambda name: len(_package_dir(name).parts), default=None)


def test_every_data_file_is_package_data():
    globs = CONFIG.get("package-data", {})
    files = [path for name in CONFIG["packages"] for path in _package_dir(name).rglob("*")
             if path.is_file() and path.suffix not in {".py", ".pyc"} and "__pycache__" not in path.parts]
    assert any(path.suffix == ".tsv" for path in files) and any(path.suffix == ".ttl" for path in files)
    missing = []
    for path in sorted(set(files)):
        name = _owner(path)
        relative = path.relative_to(_package_dir(name)).as_posix()
        if not any(fnmatch.fnmatch(relative, pattern) for pattern in globs.get(name, [])):
            missing.append(f"{name}: {relative}")
    assert missing == [], f"data files no package-data glob ships: {missing}"
