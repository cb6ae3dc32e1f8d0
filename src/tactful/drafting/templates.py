"""User-editable templates: the built-in intents, overridden by files in the user's directory.

A template file is `<tactful home>/templates/<intent name>.txt`, plain UTF-8 text:

    # Lines starting with '#' are comments.
    I only refer people whose work I know first-hand, so I can't put your name forward. {offer}
    ---
    I keep referrals for people I've worked with directly, so I won't be able to refer you. {offer}

Each block between lines holding only `---` is one variant (line breaks inside a block become
spaces).  Placeholders are written `{name}` (see `intents.PLACEHOLDERS`); `{{` and `}}` are literal
braces.  A file with an unknown placeholder, without one the intent requires, or with malformed
braces is refused with a ConfigError naming the file and the placeholder.

Files are read lazily, one intent at a time, and kept while their size and mtime do not change.
"""

from __future__ import annotations

import string
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from tactful.config import home
from tactful.drafting.intents import BUILT_IN, PLACEHOLDERS, Intent
from tactful.errors import ConfigError

SUFFIX = ".txt"
SEPARATOR = "---"


def templates_dir() -> Path:
    """Where the user's own templates live: `templates/` in tactful's home directory."""
    return home() / "templates"


def builtin(name: str) -> Intent:
    """The built-in intent of that name; ConfigError naming the known ones otherwise."""
    try:
        return BUILT_IN[name]
    except KeyError:
        raise ConfigError(f"unknown template {name!r}; see `tactful templates list`") from None


def user_file(name: str, directory: Path | None = None) -> Path:
    """The path of the user's file for an intent (which may not exist)."""
    return (directory or templates_dir()) / f"{name}{SUFFIX}"


def resolve(name: str, directory: Path | None = None) -> Intent:
    """The intent to draft with: the user's file when there is one, else the built-in."""
    intent = builtin(name)
    path = user_file(name, directory)
    try:
        stat = path.stat()
    except OSError:
        return intent
    return replace(intent, variants=_load(str(path), stat.st_mtime_ns, stat.st_size))


@lru_cache(maxsize=64)
def _load(path: str, mtime_ns: int, size: int) -> tuple[str, ...]:
    name = Path(path).name.removesuffix(SUFFIX)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the template ({exc})") from exc
    return parse(text, BUILT_IN[name], path)


def parse(text: str, intent: Intent, where: str) -> tuple[str, ...]:
    """The variants of a template file's text, validated against the intent's placeholders."""
    lines = [ln for ln in text.splitlines() if not ln.lstrip().startswith("#")]
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip() == SEPARATOR:
            blocks.append([])
        else:
            blocks[-1].append(line.strip())
    variants = tuple(" ".join(w for w in block if w) for block in blocks)
    variants = tuple(v for v in variants if v)
    if not variants:
        raise ConfigError(f"{where}: the template has no text; write at least one variant")
    for number, variant in enumerate(variants, 1):
        check_variant(variant, intent, f"{where}: variant {number}")
    return variants


def placeholders_in(variant: str, where: str) -> set[str]:
    """The placeholder names a variant uses; ConfigError on malformed braces."""
    try:
        parts = list(string.Formatter().parse(variant))
    except ValueError as exc:
        raise ConfigError(f"{where}: malformed braces ({exc}); write {{{{ and }}}} for a literal brace") \
            from exc
    found: set[str] = set()
    for _literal, field, spec, conversion in parts:
        if field is None:
            continue
        if not field.isidentifier():
            raise ConfigError(f"{where}: malformed placeholder {{{field}}}; write a name such as {{asks}}")
        if spec or conversion:
            raise ConfigError(f"{where}: placeholder {{{field}}} must be written plainly, as {{{field}}}")
        found.add(field)
    return found


def check_variant(variant: str, intent: Intent, where: str) -> None:
    """Refuse a variant with an unknown placeholder or without one the intent requires."""
    used = placeholders_in(variant, where)
    unknown = sorted(used - set(PLACEHOLDERS))
    if unknown:
        raise ConfigError(f"{where}: unknown placeholder {{{unknown[0]}}}; "
                          f"known: {', '.join('{' + p + '}' for p in PLACEHOLDERS)}")
    missing = sorted(intent.required - used)
    if missing:
        raise ConfigError(f"{where}: missing the required placeholder {{{missing[0]}}} "
                          f"({PLACEHOLDERS[missing[0]]})")


def file_text(intent: Intent) -> str:
    """An intent in the template file format, with a header explaining it."""
    required = ", ".join("{" + p + "}" for p in sorted(intent.required)) or "none"
    header = [
        f"# tactful template {intent.name} ({intent.kind}): {intent.summary}",
        "# The core of the reply: tactful adds the greeting, the thanks, the close and the sign-off.",
        "# One variant per block; blocks are separated by a line holding only ---.",
        "# Placeholders:",
        *(f"#   {{{name}}}  {meaning}" for name, meaning in PLACEHOLDERS.items()),
        f"# Required in every variant: {required}.  Write {{{{ and }}}} for literal braces.",
    ]
    return "\n".join(header) + "\n\n" + f"{SEPARATOR}\n".join(f"{v}\n" for v in intent.variants)


def listing(directory: Path | None = None) -> list[tuple[str, str, str]]:
    """(name, kind, source) of every template: built-ins, marked 'user file' when overridden."""
    directory = directory or templates_dir()
    rows: list[tuple[str, str, str]] = []
    for name, intent in BUILT_IN.items():
        source = "user file" if user_file(name, directory).is_file() else "built-in"
        rows.append((name, intent.kind, source))
    return rows


def stray_files(directory: Path | None = None) -> list[Path]:
    """Files in the templates directory that override no built-in intent (and so are unused)."""
    directory = directory or templates_dir()
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.glob(f"*{SUFFIX}") if p.stem not in BUILT_IN)
