/*
 * Citation suggestions in the part editor: typing E followed by digits (E1, E15) or by a word
 * (Ecarers) lists the matching evidence items under the editor; Up and Down move through them,
 * Enter (or Tab) cites the one chosen as (E15), Escape closes the list. The list is a listbox the
 * editor points at with aria-activedescendant, and a live region says how many items match, so a
 * screen reader hears the same as a sighted user sees. The items come from the page
 * (#citation-choices, data-items as JSON). Loaded as a file: the Content-Security-Policy runs no
 * inline script, and no handler is written into the markup.
 */
(function () {
  "use strict";

  var MAX_SHOWN = 8;
  var TOKEN = /(^|[\s(,;])(E(\d*|[A-Za-z][A-Za-z-]*))$/;

  function start() {
    var source = document.getElementById("citation-choices");
    var list = document.getElementById("citation-suggestions");
    var status = document.getElementById("citation-status");
    if (!source || !list || !status) {
      return;
    }
    var items = JSON.parse(source.getAttribute("data-items") || "[]");
    var state = { open: false, matches: [], active: -1, start: 0, length: 0 };

    function quill() {
      var widget = window.PrimeFaces && PrimeFaces.widgets && PrimeFaces.widgets.partEditor;
      return widget && widget.editor;
    }

    function area() {
      return document.querySelector(".narrative-editor .ql-editor");
    }

    function close() {
      state.open = false;
      state.active = -1;
      list.hidden = true;
      list.textContent = "";
      var editable = area();
      if (editable) {
        editable.removeAttribute("aria-activedescendant");
      }
    }

    function describe(item) {
      return item.ref + " " + item.title + (item.current ? "" : " (" + item.status.toLowerCase() + ")");
    }

    function render() {
      list.textContent = "";
      state.matches.forEach(function (item, index) {
        var option = document.createElement("li");
        option.id = "citation-option-" + index;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", index === state.active ? "true" : "false");
        option.className = "citation-option" + (item.current ? "" : " citation-stale");
        var ref = document.createElement("strong");
        ref.textContent = item.ref;
        option.appendChild(ref);
        option.appendChild(document.createTextNode(" " + item.title));
        if (!item.current) {
          var mark = document.createElement("span");
          mark.className = "citation-status";
          mark.textContent = " – " + item.status;
          option.appendChild(mark);
        }
        option.addEventListener("mousedown", function (event) {
          event.preventDefault();
          state.active = index;
          choose();
        });
        list.appendChild(option);
      });
      list.hidden = false;
      var editable = area();
      if (editable) {
        if (state.active >= 0) {
          editable.setAttribute("aria-activedescendant", "citation-option-" + state.active);
        } else {
          editable.removeAttribute("aria-activedescendant");
        }
      }
    }

    /** Closes an open list and clears its count; what was announced last otherwise stays. */
    function dismiss() {
      if (state.open) {
        close();
        announce("");
      }
    }

    function announce(text) {
      status.textContent = text;
    }

    function matching(query) {
      var digits = /^\d*$/.test(query);
      var lower = query.toLowerCase();
      return items.filter(function (item) {
        return digits
          ? item.ref.substring(1).indexOf(query) === 0
          : item.title.toLowerCase().indexOf(lower) >= 0;
      });
    }

    function update() {
      var editor = quill();
      var range = editor && editor.getSelection();
      if (!range || range.length > 0) {
        dismiss();
        return;
      }
      var before = editor.getText(Math.max(0, range.index - 40), Math.min(range.index, 40));
      var found = TOKEN.exec(before);
      // a word needs two letters before anything is suggested ("Every" is not meant as a citation
      // until its second letter, and even then nothing is chosen until the user moves to it)
      if (!found || (/^[A-Za-z]/.test(found[3]) && found[3].length < 2)) {
        dismiss();
        return;
      }
      var all = matching(found[3]);
      if (all.length === 0) {
        dismiss();
        return;
      }
      state.matches = all.slice(0, MAX_SHOWN);
      state.start = range.index - found[2].length;
      state.length = found[2].length;
      state.open = true;
      // digits name a reference: the best match is ready for Enter; a word waits for a choice
      state.active = /^\d+$/.test(found[3]) ? 0 : -1;
      render();
      announce(
        all.length +
          (all.length === 1 ? " evidence item matches" : " evidence items match") +
          ". Up and down arrows to choose, Enter to cite, Escape to close.");
    }

    function choose() {
      var editor = quill();
      var item = state.matches[state.active];
      if (!editor || !item) {
        return;
      }
      var bracketed = state.start > 0 && editor.getText(state.start - 1, 1) === "(";
      var text = bracketed ? item.ref + ")" : "(" + item.ref + ")";
      editor.deleteText(state.start, state.length, "user");
      editor.insertText(state.start, text, "user");
      editor.setSelection(state.start + text.length, 0, "user");
      close();
      announce(item.ref + " cited: " + item.title + ".");
    }

    function keys(event) {
      if (!state.open) {
        return;
      }
      var handled = true;
      if (event.key === "ArrowDown") {
        state.active = (state.active + 1) % state.matches.length;
        render();
        announce(describe(state.matches[state.active]));
      } else if (event.key === "ArrowUp") {
        state.active = state.active <= 0 ? state.matches.length - 1 : state.active - 1;
        render();
        announce(describe(state.matches[state.active]));
      } else if ((event.key === "Enter" || event.key === "Tab") && state.active >= 0) {
        choose();
      } else if (event.key === "Escape") {
        close();
        announce("Suggestions closed.");
      } else {
        handled = false;
      }
      if (handled) {
        event.preventDefault();
        event.stopPropagation();
      }
    }

    var attached = false;
    function attach() {
      var editor = quill();
      var container = document.querySelector(".narrative-editor");
      if (attached || !editor || !container) {
        return;
      }
      attached = true;
      var editable = area();
      editable.setAttribute("aria-controls", "citation-suggestions");
      editable.setAttribute("aria-autocomplete", "list");
      // the capture phase on the container runs before Quill's own keyboard handling
      container.addEventListener("keydown", keys, true);
      editor.on("text-change", function (delta, old, origin) {
        if (origin === "user") {
          window.setTimeout(update, 0);
        }
      });
      editor.on("selection-change", function (range) {
        if (!range) {
          close();
        }
      });
    }

    attach();
    if (!attached) {
      var observer = new MutationObserver(function () {
        attach();
        if (attached) {
          observer.disconnect();
        }
      });
      observer.observe(document.body, { childList: true, subtree: true });
      window.addEventListener("load", attach);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
