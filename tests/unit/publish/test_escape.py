"""Seed text is untrusted: what the renderers do with markup, table pipes and dollar signs."""

from pipeline.publish.escape import html_text, markdown_text, plot_label


def test_html_text_escapes_markup_and_quotes():
    assert html_text('<script>alert("x")</script> & \'q\'') == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;q&#x27;"
    assert html_text(None) == ""


def test_markdown_text_is_one_literal_line_that_cannot_break_a_table():
    text = markdown_text("Filippov [Stalin] | to\nMao <b>Zedong</b> *urgent* `x` & y")
    assert "\n" not in text and "\\|" in text and "\\[Stalin\\]" in text
    assert "<b>" not in text and "\\*urgent\\*" in text and "&amp;" in text


def test_markdown_text_shortens_to_a_limit():
    assert markdown_text("a" * 200, limit=20) == "a" * 17 + "..."


def test_plot_label_keeps_dollar_signs_literal_for_matplotlib():
    assert plot_label("$x$ costs $5") == r"\$x\$ costs \$5"
    assert plot_label("x" * 60, limit=10) == "x" * 9 + "…"
