"""House style: palette, journal sizes, ``publication_style()`` and ``save_figure()``.

One colour per marker category and per attribution stance, the same in every figure, taken
from the Okabe-Ito palette (Okabe & Ito 2008, *Color Universal Design*), which stays
distinguishable under the common colour-vision deficiencies. Yellow and black are left out
(yellow vanishes on white; black is for text and axes).

Importing this module changes no global state: the style file applies only inside
:func:`publication_style`, as seaborn's ``plotting_context`` does.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import matplotlib as mpl
import matplotlib.style
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure

from ..lexicon import CATEGORIES, STANCES

__all__ = ["CATEGORY_COLORS", "STANCE_COLORS", "GROUP_COLORS", "group_color",
           "NEUTRAL_COLOR", "OKABE_ITO", "WIDTHS",
           "STYLE_PATH", "category_color", "stance_color", "figure_size",
           "publication_style", "save_figure", "FORMATS"]

#: the Okabe-Ito palette by name
OKABE_ITO: dict[str, str] = {
    "orange": "#E69F00", "sky_blue": "#56B4E9", "bluish_green": "#009E73",
    "yellow": "#F0E442", "blue": "#0072B2", "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7", "black": "#000000",
}
#: one fixed colour per marker category (MARKERS.md order)
CATEGORY_COLORS: dict[str, str] = {
    "intensifier": OKABE_ITO["vermillion"],
    "booster": OKABE_ITO["orange"],
    "hedge": OKABE_ITO["sky_blue"],
    "downtoner": OKABE_ITO["bluish_green"],
    "evaluation": OKABE_ITO["reddish_purple"],
    "denial": OKABE_ITO["blue"],
}
#: colour for anything without a category of its own (unknown labels, neutral stance)
NEUTRAL_COLOR = "#999999"
#: one fixed colour per attribution stance
STANCE_COLORS: dict[str, str] = {
    "neutral": NEUTRAL_COLOR,
    "distancing": OKABE_ITO["orange"],
    "endorsing": OKABE_ITO["bluish_green"],
    "opposing": OKABE_ITO["vermillion"],
    "directive": OKABE_ITO["blue"],
}
#: colours for groups told apart within one category (countries, speakers): Paul Tol's
#: "muted" qualitative scheme (Tol 2021, *Colour Schemes*, SRON/EPS/TN/09-002), safe for
#: colour-blind readers and unlike the Okabe-Ito hues of the categories, so a country is
#: never mistaken for a marker category; pair each with a line style for greyscale
GROUP_COLORS: tuple[str, ...] = ("#332288", "#117733", "#882255", "#44AA99", "#AA4499",
                                 "#999933", "#88CCEE", "#DDCC77")
assert tuple(CATEGORY_COLORS) == CATEGORIES and tuple(STANCE_COLORS) == STANCES

#: journal widths in inches: one column (89 mm) and two columns (183 mm), as Nature, Elsevier
#: and most linguistics journals ask
WIDTHS: dict[str, float] = {"single": 3.5, "double": 7.2}
#: what save_figure writes
FORMATS = ("pdf", "svg", "png")

STYLE_PATH: Path = Path(str(resources.files("toolkit.plots") / "toolkit.mplstyle"))

#: rcParams that make the written files byte-identical across runs
_DETERMINISTIC = {"svg.hashsalt": "stance-toolkit", "pdf.fonttype": 42, "ps.fonttype": 42}
_METADATA = {"pdf": {"CreationDate": None, "ModDate": None, "Producer": None},
             "svg": {"Date": None},
             "png": {"Software": None}}


def category_color(category: str) -> str:
    """The house colour of a marker ``category`` (grey for an unknown one)."""
    return CATEGORY_COLORS.get(str(category), NEUTRAL_COLOR)


def group_color(index: int) -> str:
    """The colour of the ``index``-th group of a figure (:data:`GROUP_COLORS`, cycled)."""
    return GROUP_COLORS[index % len(GROUP_COLORS)]


def stance_color(stance: str) -> str:
    """The house colour of an attribution ``stance`` (grey for an unknown one)."""
    return STANCE_COLORS.get(str(stance), NEUTRAL_COLOR)


def figure_size(width: str | float = "single", *, aspect: float = 0.75,
                height: float | None = None) -> tuple[float, float]:
    """``(width, height)`` in inches: ``width`` is ``"single"`` (3.5 in), ``"double"``
    (7.2 in) or a number; height is ``width * aspect`` unless given."""
    if isinstance(width, str):
        if width not in WIDTHS:
            raise ValueError(f"width={width!r}: use one of {sorted(WIDTHS)} or inches")
        width = WIDTHS[width]
    return (float(width), float(height) if height is not None else float(width) * aspect)


@contextmanager
def publication_style(**overrides) -> Iterator[None]:
    """Apply the house style (``toolkit.mplstyle``) inside a ``with`` block only.

    ``overrides`` are rcParams (dots written as ``__``: ``font__size=9``) applied on top.

    >>> with publication_style():          # doctest: +SKIP
    ...     ax = plot_profile(rates)
    ...     save_figure(ax.figure, "profile")
    """
    extra = {key.replace("__", "."): value for key, value in overrides.items()}
    with mpl.style.context(str(STYLE_PATH)), mpl.rc_context({**_DETERMINISTIC, **extra}):
        yield


def save_figure(fig: Figure, name: str, *, folder: str | Path = "figures",
                formats: tuple[str, ...] = FORMATS, dpi: int = 300) -> list[Path]:
    """Write ``fig`` as ``folder/name.pdf``, ``.svg`` and ``.png`` (``dpi``, default 300).

    The files are byte-identical across runs: no creation dates or software versions in the
    metadata, a fixed ``svg.hashsalt``, TrueType (Type 42) fonts embedded in the PDF.
    Returns the paths written.
    """
    unknown = [f for f in formats if f not in _METADATA]
    if unknown:
        raise ValueError(f"formats={unknown!r}: use some of {list(_METADATA)}")
    if not name or Path(name).name != name:
        raise ValueError(f"name={name!r}: give a file name without folder or extension")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with mpl.rc_context(_DETERMINISTIC):
        for fmt in formats:
            path = folder / f"{name}.{fmt}"
            fig.savefig(path, format=fmt, dpi=dpi, metadata=_METADATA[fmt])
            written.append(path)
    return written


def with_alpha(color: str, alpha: float) -> tuple[float, float, float, float]:
    """``color`` as RGBA with ``alpha``."""
    return to_rgba(color, alpha)
