/* The record switcher (macros/components/record_switcher.py): which child this page is for (new, rename,
   delete) and how long their records are kept. Works on window.sendGuideRecords; safe to run twice. */
(function () {
  "use strict";
  var records = window.sendGuideRecords;
  var STATE = {
    session: "Kept in this browser tab until you close it.",
    "30-days": "Kept in this browser until {date} (30 days after the last change), then removed.",
    "until-cleared": "Kept in this browser until you clear it."
  };
  var PROBLEM = {
    blocked: "This browser is not letting the guide keep anything, so what you type will be lost when you leave this page. It is still here while the page is open.",
    full: "This browser's storage is full, so your latest changes are not kept. They are still here while the page is open: export or delete records you no longer need on My records, then try again."
  };
  function longDate(iso) {
    return new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
  }
  function element(name, attrs, text) {
    var node = document.createElement(name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text) node.textContent = text;
    return node;
  }
  function enhance(root) {
    if (root.hasAttribute("data-enhanced")) return;
    root.setAttribute("data-enhanced", "");
    var select = root.querySelector("select"), panel = root.querySelector(".record-switcher__panel");
    var status = root.querySelector(".record-switcher__status"), state = root.querySelector(".record-switcher__state");
    var radios = [].slice.call(root.querySelectorAll("input[type=radio]")), key = root.getAttribute("data-record");
    var base = root.id, plain = root.hasAttribute("data-record-plain");
    /* "Not kept" as the page was built with it (record_switcher.py): for a named child, and for ticks with no child named. */
    var notKept = state.getAttribute("data-not-kept") || state.textContent, notKeptHere = state.textContent;

    function say(text) { status.textContent = text || ""; }
    function refresh() {
      var children = records.children().filter(function (c) { return c.id !== records.UNNAMED; });
      var id = records.current(), child = records.get(id) || { keep: "none", records: {} };
      select.textContent = "";
      select.appendChild(element("option", { value: records.UNNAMED }, "Not named"));
      children.sort(function (a, b) { return a.name.localeCompare(b.name); }).forEach(function (c) {
        select.appendChild(element("option", { value: c.id }, c.name));
      });
      select.value = id;
      radios.forEach(function (r) { r.checked = r.value === child.keep; });
      var text = child.keep === "none" ? (plain && id === records.UNNAMED ? notKeptHere : notKept)
        : STATE[child.keep].replace("{date}", child.expires ? longDate(child.expires) : "30 days after the last change");
      state.textContent = text;
      root.querySelector('[data-action="rename"]').disabled = id === records.UNNAMED;
      var record = child.records && child.records[key];
      if (record && record.migrated) say("What you saved here before was kept by an earlier version of this guide. It is kept until you clear it: choose above how long to keep it.");
    }
    function closePanel() { panel.hidden = true; panel.textContent = ""; }
    /* One small form at a time under the buttons: a name to add or change, or a deletion to confirm. */
    function openPanel(action) {
      var id = records.current(), child = records.get(id) || { name: "", records: {} }, form = element("form", { novalidate: "" });
      closePanel();
      if (action === "delete") {
        var n = Object.keys(child.records).length, who = id === records.UNNAMED ? "the records with no child named" : child.name + "'s records";
        form.appendChild(element("p", { class: "record-switcher__confirm", tabindex: "-1" },
          "Delete " + who + " on this device (" + n + (n === 1 ? " page" : " pages") + ")? This cannot be undone. You can export them first on My records."));
        form.appendChild(element("button", { type: "submit", class: "md-button md-button--primary" }, "Yes, delete"));
      } else {
        var input = element("input", { type: "text", id: base + "-name", maxlength: "100", autocomplete: "off", spellcheck: "false" });
        form.appendChild(element("label", { for: base + "-name" }, action === "new" ? "Name or initials of the child" : "New name or initials"));
        form.appendChild(element("p", { id: base + "-name-error", class: "record-switcher__error", hidden: "" }));
        form.appendChild(input);
        if (action === "rename") input.value = child.name;
        form.appendChild(element("button", { type: "submit", class: "md-button md-button--primary" }, action === "new" ? "Start" : "Save the name"));
      }
      var cancel = element("button", { type: "button", class: "md-button" }, "Cancel");
      cancel.addEventListener("click", function () { closePanel(); root.querySelector('[data-action="' + action + '"]').focus(); });
      form.appendChild(cancel);
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        if (action === "delete") {
          var name = child.name;
          records.remove(id);
          closePanel();
          say(id === records.UNNAMED ? "Deleted the records with no child named." : "Deleted " + name + "'s records on this device.");
          select.focus();
          return;
        }
        var name = input.value.trim(), error = form.querySelector(".record-switcher__error");
        if (!name) {
          error.textContent = "Error: enter a name or initials";
          error.hidden = false;
          input.setAttribute("aria-invalid", "true");
          input.setAttribute("aria-describedby", error.id);
          input.focus();
          return;
        }
        var result = action === "new" ? records.create(name) : records.rename(id, name);
        closePanel();
        refresh();
        say(result && result.problem ? PROBLEM[result.problem] :
          (action === "new" ? "Started a new record for " + name : "Renamed to " + name) + (/[.!?]$/.test(name) ? " " : ". ") + state.textContent);
        select.focus();
      });
      panel.appendChild(form);
      panel.hidden = false;
      (form.querySelector("input") || form.querySelector("[tabindex]")).focus();
    }

    select.addEventListener("change", function () {
      closePanel();
      records.choose(select.value);
      say(select.value === records.UNNAMED ? "Showing the records with no child named." : "Showing " + select.options[select.selectedIndex].text + "'s records.");
    });
    root.querySelectorAll("[data-action]").forEach(function (button) {
      button.addEventListener("click", function () { openPanel(button.getAttribute("data-action")); });
    });
    radios.forEach(function (radio) {
      radio.addEventListener("change", function () {
        var result = records.setKeep(records.current(), radio.value);
        refresh();
        say(result.problem ? PROBLEM[result.problem] : state.textContent);
      });
    });
    records.on(function (event) {
      if (event.type === "save") { if (event.result.problem) say(PROBLEM[event.result.problem]); refresh(); }
      else refresh();
    });
    refresh();
    var problem = records.check();
    if (problem) say(PROBLEM[problem]);
  }
  function init() { document.querySelectorAll(".record-switcher").forEach(enhance); }
  if (window.document$) window.document$.subscribe(init);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
