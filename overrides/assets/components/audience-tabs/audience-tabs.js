/* Audience tabs ("Your child and family" / "The school and professionals"): Material remembers the tab
   chosen (content.tabs.link) on later visits. Say which one is showing, and that it is remembered, above
   each set of tabs, with a button to change it. Without JavaScript the tabs work and nothing is remembered. */
(function () {
  function labelsOf(set) { return Array.prototype.slice.call(set.querySelectorAll(".tabbed-labels > label")); }
  function chosen(set) {
    var checked = set.querySelector(":scope > input:checked");
    return labelsOf(set).filter(function (label) { return checked && label.htmlFor === checked.id; })[0];
  }
  function init() {
    var sets = Array.prototype.slice.call(document.querySelectorAll(".ehcna-audiences:not([data-enhanced])"));
    if (!sets.length) return;
    var lines = sets.map(function (set, index) {
      set.setAttribute("data-enhanced", "");
      var line = document.createElement("p"), text = document.createElement("span"), button = document.createElement("button");
      line.className = "audience-choice";
      button.type = "button";
      button.className = "md-button audience-choice__change";
      if (index === 0) { text.setAttribute("role", "status"); }  /* one announcement, not one per step */
      line.appendChild(text); line.appendChild(document.createTextNode(" ")); line.appendChild(button);
      set.parentNode.insertBefore(line, set);
      button.addEventListener("click", function () {
        var other = labelsOf(set).filter(function (label) { return label !== chosen(set); })[0];
        if (other) { other.click(); setTimeout(update, 0); }
      });
      return { set: set, text: text, button: button };
    });
    function update() {
      lines.forEach(function (line) {
        var current = chosen(line.set), other = labelsOf(line.set).filter(function (l) { return l !== current; })[0];
        if (!current) return;
        line.text.textContent = "Showing: " + current.textContent + " (this device remembers your choice).";
        line.button.hidden = !other;
        if (other) line.button.textContent = "Change to: " + other.textContent;
      });
    }
    document.addEventListener("change", function (event) {
      if (event.target.closest && event.target.closest(".ehcna-audiences")) setTimeout(update, 0);
    });
    setTimeout(update, 0);  /* after Material has restored the remembered tab */
  }
  if (window.document$) document$.subscribe(init); else document.addEventListener("DOMContentLoaded", init);
})();
