"""The build marks a list item or paragraph that is one link (a touch target on a phone); a link in a sentence stays text."""

from macros.core.render.html import mark_link_only_items


def test_an_item_that_is_one_link_is_marked_and_a_sentence_is_not():
    html = (
        '<ul><li><a href="a/">Annual reviews</a></li><li><a href="b/">Dates</a>: from the request</li></ul>'
        '<p class="area"><a href="c/">More on this</a>.</p><p>Read <a href="d/">this</a> first.</p>'
    )
    marked = mark_link_only_items(html)
    assert '<li class="send-link-only"><a href="a/">Annual reviews</a></li>' in marked
    assert '<li><a href="b/">Dates</a>: from the request</li>' in marked
    assert '<p class="area send-link-only"><a href="c/">More on this</a>.</p>' in marked
    assert '<p>Read <a href="d/">this</a> first.</p>' in marked
