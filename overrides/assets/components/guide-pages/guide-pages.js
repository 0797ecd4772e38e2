/* Every page (macros/page_assets.py EVERY_PAGE). */
/* Every printed sheet names the page's address at its foot (send-guide.css @page), so a printed page says
   where it came from wherever the guide is published. Without JavaScript the foot has the name and date. */
(function () {
  function init() {
    var address = location.href.split(/[?#]/)[0];
    document.documentElement.style.setProperty("--send-print-address", JSON.stringify(" - " + address + " - "));
  }
  if (window.document$) document$.subscribe(init); else document.addEventListener("DOMContentLoaded", init);
})();
