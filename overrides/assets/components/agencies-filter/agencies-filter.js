/* Agencies directory filter: narrows the grouped list (the form is in the page, hidden where scripts cannot run).
   The choice lives in the address (?area=...&referrer=...), so reload, back and a shared link keep it;
   jump links to a group the filter hides are hidden too, and the status says how many services are hidden. */
(function () {
  function init() {
    document.querySelectorAll("form.agencies-filter:not([data-enhanced])").forEach(function (form) {
      var directory = form.closest("article") || document.body;
      form.setAttribute("data-enhanced", "");
      var status = form.querySelector("[role=status]");
      var fields = ["area", "referrer"];
      var total = new Set(Array.prototype.map.call(directory.querySelectorAll(".agency"), function (card) {
        return card.getAttribute("data-agency");
      })).size;
      function fromAddress() {
        var query = new URLSearchParams(location.search);
        fields.forEach(function (name) {
          var select = form.elements[name], wanted = query.get(name) || "";
          var known = Array.prototype.some.call(select.options, function (o) { return o.value === wanted; });
          select.value = known ? wanted : "";
        });
      }
      function toAddress() {
        var query = new URLSearchParams(location.search);
        fields.forEach(function (name) {
          if (form.elements[name].value) query.set(name, form.elements[name].value); else query.delete(name);
        });
        var search = query.toString() ? "?" + query.toString() : "";
        if (search !== location.search) history.pushState(null, "", location.pathname + search);
      }
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
          var headingId = group.getAttribute("data-heading"), heading = document.getElementById(headingId);
          if (heading) heading.hidden = !any;
          /* A jump link (or contents entry) to a hidden group would lead nowhere: hide it with the group. */
          document.querySelectorAll('a[href="#' + headingId + '"]').forEach(function (link) {
            (link.closest("li") || link).hidden = !any;
          });
        });
        var hidden = total - shown.size;
        status.textContent = (hidden ? form.getAttribute("data-status") : form.getAttribute("data-status-all"))
          .replace("{shown}", shown.size).replace("{total}", total).replace("{hidden}", hidden);
      }
      form.addEventListener("change", function () { toAddress(); apply(); });
      form.addEventListener("submit", function (event) { event.preventDefault(); toAddress(); apply(); });
      window.addEventListener("popstate", function () { fromAddress(); apply(); });
      fromAddress();
      apply();
    });
  }
  if (window.document$) document$.subscribe(init); else document.addEventListener("DOMContentLoaded", init);
})();
