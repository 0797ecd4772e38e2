"""The light minifier drops only comments and spacing."""

from macros.outputs.minify_assets import minify_css, minify_js


def test_css_loses_comments_and_spacing_but_keeps_rules():
    css = "/* note */\n.md-typeset .a > b ,\n.c {\n  color : red;\n  margin: 0 1rem;\n}\n@page { size: A4; }\n"
    assert minify_css(css) == ".md-typeset .a>b,.c{color : red;margin: 0 1rem}@page{size: A4}\n"


def test_js_loses_comment_lines_and_indentation_only():
    js = (
        '/* A header\n   over two lines */\n(function () {\n  // a note\n  var url = "http://x/*y*/";\n'
        "  /* one line */\n  if (a) { b(); } // trailing stays\n})();\n"
    )
    assert minify_js(js) == '(function () {\nvar url = "http://x/*y*/";\nif (a) { b(); } // trailing stays\n})();\n'
