/* Forget everything (in every page's footer and on the privacy page): after a confirmation, removes all
   that this guide keeps in this browser (records.js forgetEverything). Safe to run twice. */
(function () {
  "use strict";
  /* The record model loads with pages that keep records; elsewhere it is fetched on the first click (page weight). */
  var me = document.currentScript && document.currentScript.src;
  function withRecords(then) {
    if (window.sendGuideRecords) return then(window.sendGuideRecords);
    var script = document.createElement("script");
    script.src = me.replace(/forget-everything\/forget-everything\.js.*$/, "records/records.js");
    script.onload = function () { then(window.sendGuideRecords); };
    document.head.appendChild(script);
  }
  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }
  function enhance(root) {
    if (root.hasAttribute("data-enhanced")) return;
    root.setAttribute("data-enhanced", "");
    var button = root.querySelector(".forget-everything__button"), confirm = root.querySelector(".forget-everything__confirm");
    var question = confirm.querySelector(".forget-everything__question"), status = root.querySelector(".forget-everything__status");
    button.addEventListener("click", function () { withRecords(ask); });
    function ask(records) {
      var what = records.inventory(), parts = [];
      if (what.children) parts.push(plural(what.children, "child's records", "children's records"));
      if (what.records) parts.push(plural(what.records, "saved page", "saved pages") + " in all");
      if (what.other) parts.push(plural(what.other, "other setting or kept-aside answer", "other settings and kept-aside answers"));
      question.textContent = parts.length
        ? "Forget everything this guide keeps in this browser: " + parts.join(", ") + "? This cannot be undone. To keep a copy, export your records first on My records."
        : "This guide keeps nothing in this browser at the moment. Forget everything anyway?";
      status.textContent = "";
      confirm.hidden = false;
      question.focus();
    }
    confirm.querySelector("[data-answer=no]").addEventListener("click", function () { confirm.hidden = true; button.focus(); });
    confirm.querySelector("[data-answer=yes]").addEventListener("click", function () {
      var empty = window.sendGuideRecords.forgetEverything();
      confirm.hidden = true;
      status.textContent = empty ? "Done. This guide keeps nothing in this browser now." :
        "Some things could not be removed. Clear this site's data in your browser's settings.";
      button.focus();
    });
  }
  function init() { document.querySelectorAll("[data-forget-everything]").forEach(enhance); }
  if (window.document$) window.document$.subscribe(init);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
