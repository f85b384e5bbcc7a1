// Palabre's progressive enhancements. Every page works without this file; it only makes pages nicer.
(function () {
  "use strict";

  // Times are written in UTC (ISO 8601) by the server; show them in the reader's own time zone and language.
  function localiseTimes() {
    var lang = document.documentElement.lang || undefined;
    var format = new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short" });
    document.querySelectorAll("time[datetime]").forEach(function (element) {
      var when = new Date(element.getAttribute("datetime"));
      if (!isNaN(when.getTime())) {
        element.title = element.getAttribute("datetime");
        element.textContent = format.format(when);
      }
    });
  }

  document.addEventListener("DOMContentLoaded", localiseTimes);
})();
