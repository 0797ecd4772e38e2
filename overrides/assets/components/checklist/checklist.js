/* Checklists: save ticks in this browser, count progress aloud, clear with confirmation. */
(function () {
  "use strict";
  var saved = window.sendGuideSaved;
  saved.each("[data-checklist]", function (root) {
    var id = root.getAttribute("data-checklist");
    var boxes = [].slice.call(root.querySelectorAll("input[data-item]"));
    var progress = root.querySelector(".checklist__progress");
    var stored = saved.read("checklist", id);
    var ticked = (stored && stored.ticked) || [];
    var known = boxes.map(function (box) { return box.getAttribute("data-item"); });

    function blocked() { saved.warn(root, "Your browser is not saving ticks, so they will be lost when you leave this page."); }
    function done() { return boxes.filter(function (box) { return box.checked; }); }
    function save() {
      var items = done().map(function (box) { return box.getAttribute("data-item"); });
      if (!saved.write("checklist", id, { ticked: items })) blocked();
    }
    function count() {
      progress.textContent = done().length + " of " + boxes.length + " done";
      progress.hidden = false;
    }

    if (stored === null) blocked();
    boxes.forEach(function (box) { box.checked = ticked.indexOf(box.getAttribute("data-item")) >= 0; });
    /* Items removed from the checklist since the ticks were saved are dropped. */
    if (ticked.some(function (item) { return known.indexOf(item) < 0; })) save();
    count();

    root.addEventListener("change", function (event) {
      if (!event.target.hasAttribute("data-item")) return;
      count();
      save();
    });
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
