/* Checklists: ticks belong to the child chosen in the record switcher (records.js); with no child named they are
   kept in this browser, as they say nothing about anyone. Progress is counted aloud on screen, never printed. */
(function () {
  "use strict";
  var saved = window.sendGuideSaved, records = window.sendGuideRecords;
  saved.each("[data-checklist]", function (root) {
    var slot = records.slot(root);
    var boxes = [].slice.call(root.querySelectorAll("input[data-item]"));
    var fields = [].slice.call(root.querySelectorAll("[data-field]"));
    var progress = root.querySelector(".checklist__progress");
    var known = boxes.map(function (box) { return box.getAttribute("data-item"); });
    var printName = root.querySelector(".checklist__print-name"), printDate = root.querySelector(".checklist__print-date");

    function done() { return boxes.filter(function (box) { return box.checked; }); }
    function values() {
      var all = {};
      fields.forEach(function (f) { if (f.value) all[f.getAttribute("data-field")] = f.value; });
      return all;
    }
    function save() {
      var data = { ticked: done().map(function (box) { return box.getAttribute("data-item"); }) };
      if (fields.length) data.fields = values();
      var result = slot.save(data);
      if (result.problem) saved.warn(root, "Your browser is not saving ticks, so they will be lost when you leave this page.");
    }
    function count() {
      progress.textContent = done().length + " of " + boxes.length + " done";
      progress.hidden = false;
    }
    /* The printed sheet is headed with the child's name once one is chosen (a line to write on otherwise). */
    function head() {
      if (printName) printName.textContent = slot.name();
      if (printDate) printDate.textContent = values().date || "";
    }
    function fill(data) {
      var ticked = data.ticked || [], given = data.fields || {};
      boxes.forEach(function (box) { box.checked = ticked.indexOf(box.getAttribute("data-item")) >= 0; });
      fields.forEach(function (f) { var v = given[f.getAttribute("data-field")]; f.value = typeof v === "string" ? v : ""; });
      count();
      head();
      /* Items removed from the checklist since the ticks were saved are dropped. */
      if (ticked.some(function (item) { return known.indexOf(item) < 0; })) save();
    }

    /* Printed, the notes area runs to the foot of the last sheet: measured once the page is laid out for print. */
    var notes = root.querySelector(".checklist__notes-box"), printing = window.matchMedia && window.matchMedia("print");
    var SHEET = 267 * 96 / 25.4, LEAST = 30 * 96 / 25.4;  /* A4 less send-guide.css's @page margins; 3 cm, in CSS px */
    function fillSheet(event) {
      if (!notes) return;
      notes.style.height = "";
      if (!event.matches) return;
      var top = notes.getBoundingClientRect().top + window.scrollY, left = SHEET - (top % SHEET) - 24;
      var heading = notes.previousElementSibling ? notes.previousElementSibling.getBoundingClientRect().height + 8 : 0;
      notes.style.height = (left >= LEAST ? left : SHEET - heading - 12) + "px";
    }
    if (printing && printing.addEventListener) printing.addEventListener("change", fillSheet);

    if (records.check() === "blocked") saved.warn(root, "Your browser is not saving ticks, so they will be lost when you leave this page.");
    if (records.keptAside(slot.key)) saved.warn(root, saved.ASIDE);
    fill(slot.data());
    slot.onSwitch(fill);
    records.on(function (event) { if (event.type !== "save") head(); });

    root.addEventListener("change", function (event) {
      if (!event.target.hasAttribute("data-item")) return;
      count();
      save();
    });
    root.addEventListener("input", function (event) { if (event.target.hasAttribute("data-field")) { save(); head(); } });
    progress.parentNode.insertBefore(saved.toolbar([
      ["Print", function () { window.print(); }],
      ["Clear all ticks", function () {
        var n = done().length;
        if (!n || !window.confirm("Clear all " + n + " ticks on this checklist?")) return;
        boxes.forEach(function (box) { box.checked = false; });
        count();
        progress.textContent = "All ticks cleared. " + progress.textContent;  /* announced (role=status) */
        save();
        boxes[0].focus();  /* focus moves to the list that changed */
      }]
    ]), progress.nextSibling);
  });
})();
