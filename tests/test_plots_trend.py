"""plot_trend draws one line per group with the category's colour and one band each."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.collections import PolyCollection  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402

from toolkit.plots import category_color, plot_trend  # noqa: E402


def _rates(groups=("USA", "CHN"), years=(2005, 2010, 2015)):
    rows = [{"iso3": g, "year": str(y), "category": "booster", "rate": 1.0 + i + j,
             "ci_low": 0.5 + i + j, "ci_high": 1.5 + i + j}
            for i, g in enumerate(groups) for j, y in enumerate(years)]
    rows.append({"iso3": "USA", "year": "2005", "category": "hedge", "rate": 9.0,
                 "ci_low": 8.0, "ci_high": 10.0})
    return pd.DataFrame(rows)


def test_one_line_and_band_per_group_in_the_category_colour():
    ax = plot_trend(_rates(), x="year", group="iso3", category="booster")
    lines = ax.get_lines()
    assert [line.get_label() for line in lines] == ["USA", "CHN"]
    assert {to_hex(line.get_color()) for line in lines} == {to_hex(category_color("booster"))}
    assert [list(line.get_xdata()) for line in lines] == [[2005, 2010, 2015]] * 2
    assert list(lines[1].get_ydata()) == [2.0, 3.0, 4.0]
    assert len([c for c in ax.collections if isinstance(c, PolyCollection)]) == 2
    assert lines[0].get_linestyle() != lines[1].get_linestyle()
    plt.close(ax.figure)


def test_several_categories_need_a_choice():
    with pytest.raises(ValueError, match="category="):
        plot_trend(_rates(), x="year", group="iso3")


def test_missing_columns_are_named():
    with pytest.raises(ValueError, match="ci_low"):
        plot_trend(_rates().drop(columns="ci_low"), x="year", group="iso3",
                   category="booster")
