"""Checks of one loaded page on a phone, as functions: the shared page crawl calls them too.

Each takes a Playwright page that is already loaded (at the viewport the caller chose) and
returns what fails, one line per problem, so a caller can gather them across pages.
"""

from __future__ import annotations

PHONE = {"width": 390, "height": 844}  # issue 22: the stressed parent's phone
TOUCH_TARGET = 44  # CSS px, WCAG 2.5.5 and the issue: every control in the content

# Every control a finger must hit in the page content. A link inside a sentence is exempt (WCAG 2.5.5's
# inline exception); a link that stands alone (in a list of links, a button, a phone number) is not.
_TOUCH_TARGETS = """([minimum]) => {
  const content = document.querySelector('article.md-content__inner') || document.querySelector('article');
  if (!content) return { checked: 0, small: ['no article on the page'] };
  const controls = content.querySelectorAll('a[href], button, select, textarea, summary, input:not([type=hidden]),'
                                            + ' .tabbed-labels > label');
  const visible = el => { const r = el.getBoundingClientRect(); return el.offsetParent !== null && r.width && r.height; };
  const block = el => el.closest('p, li, td, th, dd, dt, figcaption, blockquote, h1, h2, h3, h4, h5, h6') || el.parentElement;
  const ownText = el => (el.textContent || '').replace(/\\s+/g, ' ').trim();
  const inSentence = a => {
    if (/^(tel|mailto):/.test(a.getAttribute('href') || '')) return false;   /* phone and email: always a target */
    if (a.matches('.md-button')) return false;
    const text = ownText(block(a)), own = ownText(a);
    return own.length > 0 && text.length > own.length + 2;   /* other words around it: part of a sentence */
  };
  /* What a tap hits: a tick box or radio button also answers to its label. */
  const area = el => {
    let box = el.getBoundingClientRect();
    let [left, top, right, bottom] = [box.left, box.top, box.right, box.bottom];
    if (el.matches('input[type=checkbox], input[type=radio]')) {
      const labels = [...(el.labels || [])];
      for (const label of labels) {
        const r = label.getBoundingClientRect();
        if (!r.width) continue;
        left = Math.min(left, r.left); top = Math.min(top, r.top);
        right = Math.max(right, r.right); bottom = Math.max(bottom, r.bottom);
      }
    }
    return { width: right - left, height: bottom - top };
  };
  let checked = 0;
  const small = [];
  for (const el of controls) {
    if (!visible(el) || (el.matches('a') && inSentence(el))) continue;
    if (el.matches('input[type=checkbox], input[type=radio]') && el.closest('label') === null && !(el.labels || []).length
        && getComputedStyle(el).opacity === '0') continue;
    checked++;
    const { width, height } = area(el);
    if (width < minimum - 0.5 || height < minimum - 0.5) {
      const name = el.outerHTML.replace(/\\s+/g, ' ').slice(0, 90);
      small.push(`${Math.round(width * 10) / 10} x ${Math.round(height * 10) / 10} px: ${name}`);
    }
  }
  return { checked, small };
}"""


def small_touch_targets(page, minimum: int = TOUCH_TARGET) -> tuple[int, list[str]]:
    """(controls measured, one line per control in the content smaller than `minimum` px either way)."""
    result = page.evaluate(_TOUCH_TARGETS, [minimum])
    return result["checked"], result["small"]


def screens_tall(page) -> float:
    """How many screens of the current viewport the page is, from top to bottom."""
    return page.evaluate("() => document.documentElement.scrollHeight / window.innerHeight")


def sideways_scroll(page) -> list[str]:
    """Parts of the content wider than the screen, which scroll sideways on a phone (the page itself included)."""
    return page.evaluate("""() => {
      const width = document.documentElement.clientWidth, found = [];
      if (document.documentElement.scrollWidth > width) found.push(`the page is ${document.documentElement.scrollWidth} px wide`);
      for (const el of document.querySelectorAll('article *')) {
        if (el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX)
            && el.clientWidth > 0)
          found.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} scrolls sideways`
                     + ` (${el.scrollWidth} px in ${el.clientWidth} px)`);
      }
      return found;
    }""")
