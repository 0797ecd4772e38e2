/* Versioned JSON in localStorage under send-guide:<kind>:<id>, shared by checklists and templates.
   When storage is blocked, read() answers null and pages keep working for the visit. */
(function () {
  "use strict";
  var VERSION = 1;
  function key(kind, id) { return "send-guide:" + kind + ":" + id; }
  window.sendGuideSaved = {
    /* The saved object ({} if nothing usable is saved), or null if storage is blocked. */
    read: function (kind, id) {
      var text;
      try { text = window.localStorage.getItem(key(kind, id)); } catch (e) { return null; }
      try {
        var saved = JSON.parse(text);
        return saved && saved.version === VERSION ? saved : {};
      } catch (e) { return {}; }
    },
    /* Saves `value` with its version; false if the browser refused. */
    write: function (kind, id, value) {
      value.version = VERSION;
      try { window.localStorage.setItem(key(kind, id), JSON.stringify(value)); return true; } catch (e) { return false; }
    },
    /* A short polite message, added once, that nothing will be kept. */
    warn: function (root, text) {
      if (root.querySelector(".send-blocked")) return;
      var note = document.createElement("p");
      note.className = "send-blocked send-no-print";
      note.setAttribute("role", "status");
      note.textContent = text;
      root.insertBefore(note, root.firstChild);
    },
    /* A toolbar of buttons, made here because they only work with JavaScript. */
    toolbar: function (buttons) {
      var bar = document.createElement("div");
      bar.className = "send-toolbar send-no-print";
      buttons.forEach(function (spec) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "md-button";
        button.textContent = spec[0];
        button.addEventListener("click", spec[1]);
        bar.appendChild(button);
      });
      return bar;
    },
    /* Runs `enhance` once per matching element, on every page Material shows. */
    each: function (selector, enhance) {
      function init() {
        document.querySelectorAll(selector + ":not([data-enhanced])").forEach(function (root) {
          root.setAttribute("data-enhanced", "");
          enhance(root);
        });
      }
      if (window.document$) window.document$.subscribe(init);
      else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
      else init();
    }
  };
})();
