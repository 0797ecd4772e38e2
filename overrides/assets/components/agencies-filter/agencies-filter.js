/* Agencies directory filter: shows the hidden form and narrows the grouped list. The list works without it. */
(function () {
  function init() {
    document.querySelectorAll("form.agencies-filter:not([data-enhanced])").forEach(function (form) {
      var directory = form.closest("article") || document.body;
      form.setAttribute("data-enhanced", "");
      var status = form.querySelector("[role=status]");
      var total = new Set(Array.prototype.map.call(directory.querySelectorAll(".agency"), function (card) {
        return card.getAttribute("data-agency");
      })).size;
      function apply() {
        var area = form.elements.area.value, referrer = form.elements.referrer.value, shown = new Set();
        directory.querySelectorAll(".agency-group").forEach(function (group) {
          var any = false;
          group.querySelectorAll(".agency").forEach(function (card) {
            var match = (!area || group.getAttribute("data-area") === area) &&
              (!referrer || card.getAttribute("data-referral").split(" ").indexOf(referrer) >= 0);
            card.hidden = !match;
            if (match) { any = true; shown.add(card.getAttribute("data-agency")); }
          });
          group.hidden = !any;
          var heading = document.getElementById(group.getAttribute("data-heading"));
          if (heading) heading.hidden = !any;
        });
        status.textContent = form.getAttribute("data-status").replace("{shown}", shown.size).replace("{total}", total);
      }
      form.addEventListener("change", apply);
      form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
      form.hidden = false;
      apply();
    });
  }
  if (window.document$) document$.subscribe(init); else document.addEventListener("DOMContentLoaded", init);
})();
