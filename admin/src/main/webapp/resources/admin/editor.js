/*
 * The part editor's accessibility: Quill's editable area gets the page's label and hint, and any
 * control Quill adds without a name gets one. Loaded as a file (the Content-Security-Policy runs no
 * inline script without the page's nonce).
 */
(function () {
  "use strict";

  function name(element, label) {
    if (!element.getAttribute("aria-label") && !element.getAttribute("aria-labelledby")) {
      element.setAttribute("aria-label", label);
    }
  }

  function label() {
    // PrimeFaces gives the editor's outer element the role of a text box too
    document.querySelectorAll(".narrative-editor[role='textbox']").forEach(function (box) {
      box.setAttribute("aria-labelledby", "editor-label");
      box.setAttribute("aria-describedby", "editor-hint");
    });
    document.querySelectorAll(".narrative-editor .ql-editor").forEach(function (area) {
      area.setAttribute("role", "textbox");
      area.setAttribute("aria-multiline", "true");
      area.setAttribute("aria-labelledby", "editor-label");
      area.setAttribute("aria-describedby", "editor-hint");
    });
    document.querySelectorAll(".narrative-editor .ql-tooltip input").forEach(function (input) {
      name(input, "Link address");
    });
    document.querySelectorAll(".narrative-editor .ql-picker-label").forEach(function (picker) {
      name(picker, "Text style");
    });
  }

  function start() {
    label();
    // PrimeFaces creates the editor once the page is ready; label it whenever it appears
    new MutationObserver(label).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
