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

  // Live preview: the server cooks the markdown (the same renderer and sanitizer as for posting) while one
  // types; without this script the Preview button does the same in a page round trip.
  function livePreview(textarea) {
    var section = document.getElementById(textarea.getAttribute("data-preview"));
    if (!section) { return; }
    var target = section.querySelector(".cooked");
    var timer = null;
    var sent = null;
    textarea.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var raw = textarea.value;
        if (raw === sent) { return; }
        sent = raw;
        if (!raw.trim()) { section.hidden = true; return; }
        fetch("/api/posts/preview", {
          method: "POST", credentials: "same-origin",
          headers: { "Content-Type": "application/json", "Accept": "application/json" },
          body: JSON.stringify({ raw: raw })
        }).then(function (response) {
          return response.ok ? response.json() : null;
        }).then(function (preview) {
          if (preview && sent === raw) {
            target.innerHTML = preview.cooked; // sanitized by the server's allow-list
            section.hidden = false;
          }
        }).catch(function () { /* the Preview button still works */ });
      }, 350);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    localiseTimes();
    document.querySelectorAll("textarea[data-preview]").forEach(livePreview);
  });
})();
