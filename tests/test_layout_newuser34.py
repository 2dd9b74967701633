"""The title block inside JupyterLab's output area, as new user 34 saw it: Lab floats a
description list's terms at 20% of the width (`.jp-OutputArea-output dt`), which squeezed the
block's labels to «Reg/ion» and «Con/ver/sion». The page is the notebook output's HTML inside a
box carrying Lab's rules for description lists; the browser is the system's headless Chromium
(skips when missing)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from conftest import headless_chrome, sample_articles

from analysis.briefing import Briefing

pytestmark = pytest.mark.slow

# JupyterLab 4's output-area rules for description lists (its jlab_core stylesheet)
LAB_CSS = """
.jp-OutputArea-output dl, .jp-OutputArea-output dt, .jp-OutputArea-output dd { display: block; }
.jp-OutputArea-output dl { width: 100%; overflow: hidden; padding: 0; margin: 0; }
.jp-OutputArea-output dt { font-weight: bold; float: left; width: 20%; padding: 0; margin: 0; }
.jp-OutputArea-output dd { float: left; width: 80%; padding: 0; margin: 0; }
"""


@pytest.fixture(scope="module")
def browser() -> Any:
    yield from headless_chrome()


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_title_blocks_labels_stay_whole_in_jupyterlab(browser: Any, tmp_path: Path,
                                                          lang: str) -> None:
    b = Briefing.from_frames(sample_articles(), pd.DataFrame(), pd.DataFrame(), lang=lang,
                             currency="EUR")
    fragment = b.title_block()._repr_mimebundle_()[0]["text/html"]
    page = tmp_path / "lab.html"
    page.write_text('<!DOCTYPE html><html><head><meta charset="utf-8">'
                    f"<style>{LAB_CSS}</style></head><body style='width: 900px'>"
                    f'<div class="jp-OutputArea-output">{fragment}</div></body></html>',
                    encoding="utf-8")
    browser.set_window_size(1280, 1000)
    browser.get(page.as_uri())
    labels = browser.execute_script("""
        return [...document.querySelectorAll('.title-block dt')].map(dt => {
            const probe = document.createElement('span');  // the label on one line, alone
            probe.style.whiteSpace = 'nowrap';
            probe.textContent = dt.textContent;
            dt.appendChild(probe);
            const need = probe.getBoundingClientRect().width;
            probe.remove();
            return {label: dt.textContent, need: need, has: dt.getBoundingClientRect().width};
        });
    """)
    assert len(labels) >= 4
    assert all(x["has"] + 0.5 >= x["need"] for x in labels), labels
