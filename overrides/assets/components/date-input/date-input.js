/* GOV.UK date input: reads the Day, Month and Year boxes of one [data-date-input] group
   (month names such as "jan" or "January" are accepted) and shows its error message.
   No automatic tabbing and no date picker: the boxes are plain text with inputmode="numeric". */
(function () {
  "use strict";
  var MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december"];
  function monthOf(text) {
    if (/^\d{1,2}$/.test(text)) return +text;
    if (text.length < 3) return 0;
    for (var i = 0; i < 12; i++) if (MONTHS[i].indexOf(text) === 0) return i + 1;
    return 0;
  }
  function boxes(group) {
    var found = {};
    group.querySelectorAll("input[data-part]").forEach(function (box) { found[box.getAttribute("data-part")] = box; });
    return found;
  }
  window.sendGuideDateInput = {
    /* {empty: true}, {problem: "include" | "real" | "year4" | "year", parts: [...], box}, or {y, m, d} (or {y} for a year alone). */
    read: function (group) {
      var box = boxes(group), names = Object.keys(box), raw = {}, missing = [];
      names.forEach(function (name) {
        raw[name] = box[name].value.trim().toLowerCase().replace(/\.$/, "");
        if (!raw[name]) missing.push(name);
      });
      if (missing.length === names.length) return { empty: true, box: box[names[0]] };
      if (missing.length) return { problem: "include", parts: missing, box: box[missing[0]] };
      if (!/^\d{4}$/.test(raw.year)) return { problem: names.length === 1 ? "year" : /^\d+$/.test(raw.year) ? "year4" : "real", box: box.year };
      if (names.length === 1) return { y: +raw.year };
      var d = /^\d{1,2}$/.test(raw.day) ? +raw.day : 0, m = monthOf(raw.month), y = +raw.year;
      var check = new Date(Date.UTC(y, m - 1, d));
      if (!d || !m || check.getUTCDate() !== d || check.getUTCMonth() !== m - 1)
        return { problem: "real", box: !d || d > 31 ? box.day : !m ? box.month : box.day };
      return { y: y, m: m, d: d };
    },
    /* Shows `message` beside the boxes (or clears it), linked to the fieldset for screen readers. */
    show: function (group, message, wrong) {
      var error = group.querySelector(".date-input__error"), fieldset = group.querySelector("fieldset");
      var hint = group.querySelector(".date-input__hint");
      error.textContent = message ? "Error: " + message : "";
      error.hidden = !message;
      group.classList.toggle("date-input--error", !!message);
      var ids = [hint && hint.id, message && error.id].filter(Boolean).join(" ");
      if (ids) fieldset.setAttribute("aria-describedby", ids); else fieldset.removeAttribute("aria-describedby");
      var inputs = group.querySelectorAll("input[data-part]"), blank = true;
      inputs.forEach(function (box) { if (box.value.trim()) blank = false; });
      inputs.forEach(function (box) {   // a missing date marks every box; otherwise the box to fix
        box.setAttribute("aria-invalid", message && (blank || !wrong || box === wrong) ? "true" : "false");
      });
    }
  };
})();
