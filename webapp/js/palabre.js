// Palabre's progressive enhancements. Every page works without this file; it only makes pages nicer.
(function () {
  "use strict";

  // The server writes every time in the reader's own language and chosen time zone (the site's for visitors).
  // This only says how long ago a recent one was ("il y a 5 minutes"), keeping the server's text as the title:
  // it never re-reads the time in the browser's zone, which may not be the one the member chose.
  function relativeTimes() {
    if (!window.Intl || !Intl.RelativeTimeFormat) { return; }
    var format = new Intl.RelativeTimeFormat(document.documentElement.lang || undefined, { numeric: "auto" });
    var now = Date.now();
    document.querySelectorAll("time[datetime]").forEach(function (element) {
      if (element.hasAttribute("data-relative")) { return; } // done already (posts added live come later)
      var when = Date.parse(element.getAttribute("datetime"));
      var minutes = Math.round((now - when) / 60000);
      if (isNaN(when) || minutes < 0 || minutes >= 24 * 60) { return; }
      element.setAttribute("data-relative", "");
      element.title = element.textContent;
      element.textContent = minutes < 60
        ? format.format(-minutes, "minute")
        : format.format(-Math.round(minutes / 60), "hour");
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

  // Completing @names: after "@" and a few letters, a list of members and groups whose name starts with them
  // (the server decides who may be listed). Arrow keys, Enter or a click pick one; Escape closes the list.
  var completions = 0;
  function mentionCompletion(textarea) {
    var list = document.createElement("ul");
    list.id = "mention-suggestions-" + (++completions);
    list.className = "mention-suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", textarea.getAttribute("data-suggestions-label") || "@");
    list.hidden = true;
    textarea.insertAdjacentElement("afterend", list);
    textarea.setAttribute("aria-autocomplete", "list");
    textarea.setAttribute("aria-controls", list.id);
    var typedName = /(^|[^\p{L}\p{N}_.@-])@([\p{L}\p{N}\p{M}_.-]{1,20})$/u;
    var timer = null;
    var asked = null;
    var found = null; // { start, end } of "@prefix" in the text
    var active = -1;

    function close() {
      list.hidden = true;
      list.textContent = "";
      active = -1;
      found = null;
      textarea.removeAttribute("aria-activedescendant");
    }

    function highlight(index) {
      var options = list.querySelectorAll("[role=option]");
      if (!options.length) { return; }
      active = (index + options.length) % options.length;
      options.forEach(function (option, i) {
        option.setAttribute("aria-selected", i === active ? "true" : "false");
        option.classList.toggle("active", i === active);
      });
      textarea.setAttribute("aria-activedescendant", options[active].id);
    }

    function pick(name) {
      if (!found) { return; }
      var before = textarea.value.slice(0, found.start);
      var after = textarea.value.slice(found.end);
      var inserted = "@" + name + " ";
      textarea.value = before + inserted + after;
      var caret = before.length + inserted.length;
      textarea.setSelectionRange(caret, caret);
      close();
      textarea.focus();
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
    }

    function show(suggestions, start, end) {
      list.textContent = "";
      if (!suggestions.length) { close(); return; }
      found = { start: start, end: end };
      suggestions.forEach(function (suggestion, i) {
        var option = document.createElement("li");
        option.id = list.id + "-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("data-name", suggestion.username);
        var name = document.createElement("span");
        name.className = "name";
        name.textContent = "@" + suggestion.username;
        option.appendChild(name);
        var shown = suggestion.group ? "" : suggestion.displayName;
        if (shown) {
          var label = document.createElement("span");
          label.className = "muted";
          label.textContent = " " + shown;
          option.appendChild(label);
        }
        // mousedown, not click: the textarea keeps its focus and its caret.
        option.addEventListener("mousedown", function (event) {
          event.preventDefault();
          pick(suggestion.username);
        });
        list.appendChild(option);
      });
      list.hidden = false;
      highlight(0);
    }

    textarea.addEventListener("input", function () {
      clearTimeout(timer);
      var caret = textarea.selectionStart;
      var match = typedName.exec(textarea.value.slice(0, caret));
      if (!match) { asked = null; close(); return; }
      var prefix = match[2];
      var start = caret - prefix.length - 1;
      timer = setTimeout(function () {
        asked = prefix;
        fetch("/api/users/suggest?q=" + encodeURIComponent(prefix), {
          credentials: "same-origin", headers: { "Accept": "application/json" }
        }).then(function (response) {
          return response.ok ? response.json() : [];
        }).then(function (suggestions) {
          if (asked === prefix && textarea.selectionStart === caret) {
            show(suggestions, start, caret);
          }
        }).catch(function () { close(); });
      }, 200);
    });

    textarea.addEventListener("keydown", function (event) {
      if (list.hidden) { return; }
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        highlight(active + (event.key === "ArrowDown" ? 1 : -1));
      } else if (event.key === "Enter" || event.key === "Tab") {
        var option = list.querySelectorAll("[role=option]")[active];
        if (option) {
          event.preventDefault();
          pick(option.getAttribute("data-name"));
        }
      } else if (event.key === "Escape") {
        event.preventDefault();
        close();
      }
    });
    textarea.addEventListener("blur", close);
  }

  // Files dropped on or pasted into the text, or chosen in the file input, are sent to the API at once with
  // progress shown, and their markdown goes where the caret is. Without this script the Attach button sends the
  // file with the form and the page comes back with the markdown added.
  function uploads(input) {
    var textarea = document.getElementById(input.getAttribute("data-upload-target"));
    var progress = document.getElementById("upload-progress");
    if (!textarea || !progress || !window.FormData) { return; }
    function say(text) { progress.textContent = text; progress.hidden = !text; }
    function insert(markdown) {
      var at = textarea.selectionStart || textarea.value.length;
      var before = textarea.value.slice(0, at);
      var gap = before && !/\n\n$/.test(before) ? (/\n$/.test(before) ? "\n" : "\n\n") : "";
      textarea.value = before + gap + markdown + "\n" + textarea.value.slice(at);
      textarea.dispatchEvent(new Event("input"));
    }
    function send(file) {
      var label = progress.getAttribute("data-uploading").replace("{name}", file.name || "");
      var form = new FormData();
      form.append("file", file, file.name || "image.png");
      var request = new XMLHttpRequest();
      request.open("POST", "/api/uploads");
      request.setRequestHeader("Accept", "application/json");
      request.upload.addEventListener("progress", function (event) {
        if (event.lengthComputable) { say(label + " " + Math.round(100 * event.loaded / event.total) + " %"); }
      });
      request.addEventListener("load", function () {
        var answer = null;
        try { answer = JSON.parse(request.responseText); } catch (e) { answer = null; }
        if (request.status === 201 && answer) {
          insert(answer.markdown);
          say(answer.note || "");
        } else {
          var why = answer && answer.errors ? Object.values(answer.errors).join(" ") : (answer && answer.detail) || "";
          say(progress.getAttribute("data-failed").replace("{name}", file.name || "") + " " + why);
        }
      });
      request.addEventListener("error", function () {
        say(progress.getAttribute("data-failed").replace("{name}", file.name || ""));
      });
      say(label);
      request.send(form);
    }
    input.addEventListener("change", function () {
      Array.prototype.forEach.call(input.files, send);
      input.value = "";
    });
    textarea.addEventListener("dragover", function (event) {
      if (event.dataTransfer && Array.prototype.indexOf.call(event.dataTransfer.types, "Files") >= 0) {
        event.preventDefault();
      }
    });
    textarea.addEventListener("drop", function (event) {
      if (event.dataTransfer && event.dataTransfer.files.length) {
        event.preventDefault();
        Array.prototype.forEach.call(event.dataTransfer.files, send);
      }
    });
    textarea.addEventListener("paste", function (event) {
      var files = event.clipboardData ? event.clipboardData.files : [];
      if (files && files.length) {
        event.preventDefault();
        Array.prototype.forEach.call(files, send);
      }
    });
  }

  // Live pages: the server tells an open page, over an event stream, the ids of what changed (a new, edited or
  // hidden post; a new topic; the unread count). The page then fetches the posts from the server as this reader may
  // see them. Without this script, or when the server refuses a stream (too many open), the page stays as it was
  // and a reload shows everything.
  function counted(bar, count) {
    return count === 1 ? bar.getAttribute("data-live-one")
      : bar.getAttribute("data-live-many").replace("%n", String(count));
  }

  function fetchPosts(bar, ids) {
    return fetch(bar.getAttribute("data-live-posts") + "?ids=" + ids.join(","), {
      credentials: "same-origin", headers: { "Accept": "text/html" }
    }).then(function (response) {
      if (!response.ok) { return []; }
      return response.text().then(function (html) {
        var holder = document.createElement("template");
        holder.innerHTML = html; // rendered and escaped by the server, as the page itself
        return Array.prototype.slice.call(holder.content.querySelectorAll("article.post"));
      });
    });
  }

  function liveTopic(bar) {
    var appends = bar.getAttribute("data-live-appends") === "true";
    var waiting = [];
    var newest = 0;
    var told = {};

    function showBar() {
      bar.textContent = "";
      var text = counted(bar, waiting.length);
      if (appends) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "link-button";
        button.textContent = text;
        button.addEventListener("click", showWaiting);
        bar.appendChild(button);
      } else {
        var link = document.createElement("a");
        link.href = bar.getAttribute("data-live-link") + "/" + newest;
        link.textContent = text;
        bar.appendChild(link);
      }
      bar.hidden = false;
    }

    // New posts go below the last one, where the reader is not: their place on the page does not move.
    function showWaiting() {
      var ids = waiting;
      waiting = [];
      bar.hidden = true;
      fetchPosts(bar, ids).then(function (articles) {
        var posts = document.querySelector(".posts");
        articles.forEach(function (article) {
          if (!document.getElementById(article.id)) { posts.appendChild(article); }
        });
        relativeTimes();
      });
    }

    // An edited or hidden post is replaced where it stands; if it is above the reader, the page scrolls by the
    // difference so that what the reader was looking at stays put.
    function replace(post) {
      fetchPosts(bar, [post.post]).then(function (articles) {
        var old = document.getElementById("p" + post.number);
        if (!old || !articles.length) { return; }
        var above = old.getBoundingClientRect().bottom < 0;
        var before = old.offsetHeight;
        old.replaceWith(articles[0]);
        if (above) { window.scrollBy(0, articles[0].offsetHeight - before); }
        relativeTimes();
      });
    }

    var source = new EventSource(bar.getAttribute("data-live"));
    source.addEventListener("post", function (event) {
      var post = JSON.parse(event.data);
      if (post.kind === "published") {
        if (told[post.post] || document.getElementById("p" + post.number)) { return; }
        told[post.post] = true;
        waiting.push(post.post);
        newest = Math.max(newest, post.number);
        showBar();
      } else if (document.getElementById("p" + post.number)) {
        replace(post);
      }
    });
    source.addEventListener("end", function () { source.close(); });
  }

  function liveCategory(bar) {
    var started = {};
    var count = 0;
    var source = new EventSource(bar.getAttribute("data-live"));
    source.addEventListener("topic", function (event) {
      var topic = JSON.parse(event.data);
      if (started[topic.topic]) { return; }
      started[topic.topic] = true;
      count++;
      bar.textContent = "";
      var link = document.createElement("a");
      link.href = bar.getAttribute("data-live-link");
      link.textContent = counted(bar, count);
      bar.appendChild(link);
      bar.hidden = false;
    });
    source.addEventListener("end", function () { source.close(); });
  }

  function liveCount(link) {
    var source = new EventSource(link.getAttribute("data-live"));
    source.addEventListener("count", function (event) {
      var unread = JSON.parse(event.data).unread;
      var badge = link.querySelector(".unread-count");
      if (!unread) {
        if (badge) { badge.remove(); }
        return;
      }
      if (!badge) {
        badge = document.createElement("span");
        badge.className = "unread-count";
        link.appendChild(document.createTextNode(" "));
        link.appendChild(badge);
      }
      badge.textContent = String(unread);
      badge.removeAttribute("title");
    });
    source.addEventListener("end", function () { source.close(); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (!window.EventSource || !window.fetch) { return; }
    document.querySelectorAll(".live-bar[data-live-posts]").forEach(liveTopic);
    document.querySelectorAll(".live-bar[data-live]:not([data-live-posts])").forEach(liveCategory);
    document.querySelectorAll(".notifications-link[data-live]").forEach(liveCount);
  });

  document.addEventListener("DOMContentLoaded", function () {
    relativeTimes();
    document.querySelectorAll("textarea[data-preview]").forEach(livePreview);
    document.querySelectorAll("textarea[data-preview]").forEach(mentionCompletion);
    document.querySelectorAll("input[type=file][data-upload-target]").forEach(uploads);
  });
})();
