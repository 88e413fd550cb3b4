"""MkDocs hook: docstring examples (``>>> ...`` lines) as code, not nested block quotes.

The docstrings are plain prose with doctest lines; Markdown reads ``>>>`` as three levels of
block quote. This turns each such quote back into a code block and drops the doctest flags.
"""

from __future__ import annotations

import re

_QUOTED = re.compile(r"<blockquote>\s*<blockquote>\s*<blockquote>\s*<p>(.*?)</p>\s*"
                     r"</blockquote>\s*</blockquote>\s*</blockquote>", re.S)


def _as_code(match: re.Match) -> str:
    lines = [re.sub(r"\s*# doctest:.*$", "", line) for line in match.group(1).splitlines()]
    body = "\n".join(f"&gt;&gt;&gt; {line.strip()}" for line in lines if line.strip())
    return f'<div class="highlight"><pre><code class="language-pycon">{body}</code></pre></div>'


def on_page_content(html: str, **_kwargs) -> str:
    return _QUOTED.sub(_as_code, html)
