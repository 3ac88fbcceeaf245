"""A site's words around a page's title are left out of it (layouts/furniture.yaml title_wrappers)."""

from __future__ import annotations

import pytest

from pipeline.parse.headings import _furniture, unwrap_title


@pytest.mark.parametrize(("title", "expected"), list(_furniture()["examples_title_wrappers"].items()))
def test_a_sites_words_around_a_title_are_left_out(title, expected):
    assert unwrap_title(title) == expected


@pytest.mark.parametrize(("title", "expected"), list(_furniture()["examples_reading_site_parts"].items()))
def test_a_reading_sites_words_after_a_book_title_are_left_out(title, expected):
    from pipeline.parse import chapter_title

    assert chapter_title(title) == expected


@pytest.mark.parametrize(("title", "expected"), list(_furniture()["examples_site_names"].items()))
def test_a_sites_name_after_a_title_is_left_out(title, expected):
    assert unwrap_title(title) == expected
