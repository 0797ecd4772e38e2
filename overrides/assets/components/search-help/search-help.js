/* When a search finds nothing, show the guide's help (the glossary and the main routes) under Material's
   "No matching documents" (macros/components/search_help.py). Safe to run twice. */
(function () {
  function init() {
    var help = document.getElementById("send-search-help");
    var result = document.querySelector(".md-search-result");
    var input = document.querySelector(".md-search__input");
    if (!help || !result || !input || result.hasAttribute("data-help-enhanced")) return;
    result.setAttribute("data-help-enhanced", "");
    result.appendChild(help);
    function update() {
      var list = result.querySelector(".md-search-result__list");
      var meta = result.querySelector(".md-search-result__meta");
      help.hidden = !(input.value.trim() && list && !list.children.length && meta && /no match/i.test(meta.textContent));
    }
    new MutationObserver(update).observe(result, { childList: true, subtree: true, characterData: true });
    input.addEventListener("input", update);
  }
  if (window.document$) document$.subscribe(init); else document.addEventListener("DOMContentLoaded", init);
})();
