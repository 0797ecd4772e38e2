/* The costed provision map: each intervention's cost per pupil and the year's total, worked out as the SENCo types.
   The same sum as macros/core/costing.py, in whole pence, rounded half up (a test compares the two). The rate,
   the threshold and the messages come from the page's HTML (data attributes), never from this file. */
(function () {
  "use strict";
  var WHOLE = /^([0-9]{1,3})$/, MONEY = /^£? *([0-9]{1,4})(?:\.([0-9]{1,2}))?$/;
  var ROW = ["group-size", "minutes", "sessions", "weeks"];

  function whole(text) { var m = WHOLE.exec(text.trim()); return m && +m[1] >= 1 ? +m[1] : null; }
  function pence(text) {
    var m = MONEY.exec(text.trim());
    return m ? +m[1] * 100 + +((m[2] || "0") + "0").slice(0, 2) : null;
  }
  /* minutes x sessions x weeks x rate / group / 60, rounded half up, without a fraction ever held in a float. */
  function cost(minutes, sessions, weeks, rate, group) {
    var top = 2 * minutes * sessions * weeks * rate + group * 60, bottom = 2 * group * 60;
    return (top - top % bottom) / bottom;
  }
  function pounds(p) {
    var whole = String(Math.floor(p / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return "£" + whole + "." + ("0" + p % 100).slice(-2);
  }

  /* Its own mark (data-costed): the form's root is also the template's, which template-form.js marks data-enhanced. */
  function enhance(root) {
    root.setAttribute("data-costed", "");
    function figure(name) { return +root.getAttribute("data-" + name + "-pence"); }  /* read at each sum, from the page */
    var check = root.getAttribute("data-check-message");
    function value(key) { var box = root.querySelector('[data-field="' + key + '"]'); return box ? box.value.trim() : ""; }

    function rowCost(n) {
      var typed = ROW.map(function (key) { return value(key + "-" + n); }), rateText = value("hourly-rate-" + n);
      if (!typed.some(Boolean) && !rateText) return null;
      var numbers = typed.map(whole), hourly = rateText ? pence(rateText) : figure("rate");
      if (numbers.indexOf(null) !== -1 || hourly === null) return "invalid";
      return cost(numbers[1], numbers[2], numbers[3], hourly, numbers[0]);
    }
    function show(output, amount) {
      output.textContent = amount === null ? "" : amount === "invalid" ? check : pounds(amount);
    }
    function update() {
      var total = 0, any = false;
      [].forEach.call(root.querySelectorAll("[data-cost-row]"), function (output) {
        var amount = rowCost(output.getAttribute("data-cost-row"));
        show(output, amount);
        if (amount !== null) any = true;
        if (typeof amount === "number") total += amount;
      });
      var otherText = value("other-costs"), other = otherText ? pence(otherText) : null;
      if (otherText) { any = true; if (other !== null) total += other; }
      show(root.querySelector("[data-cost-total]"), any ? total : null);
      var flag = !any ? "" : total >= figure("threshold") ? "over" : total >= figure("near") ? "near" : "";
      [].forEach.call(root.querySelectorAll("[data-flag]"), function (box) { box.hidden = box.getAttribute("data-flag") !== flag; });
    }
    root.addEventListener("input", update);
    root.addEventListener("send-template-filled", update);  /* a record switched or the form cleared */
    update();
  }
  function init() { [].forEach.call(document.querySelectorAll("[data-provision-cost]:not([data-costed])"), enhance); }
  if (window.document$) window.document$.subscribe(init);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
