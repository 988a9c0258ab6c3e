// Progressive enhancement of the body textarea: a small rich-text area that keeps the structure of
// text pasted from Word (the server cleans it). Without this script the textarea takes plain text or HTML.
(function () {
  'use strict';
  var area = document.querySelector('textarea.body-editor');
  if (!area || !document.execCommand) return;

  var editor = document.createElement('div');
  editor.className = 'rich-editor';
  editor.contentEditable = 'true';
  editor.setAttribute('role', 'textbox');
  editor.setAttribute('aria-multiline', 'true');
  editor.setAttribute('aria-label', '正文');
  var value = area.value.trim();
  editor.innerHTML = value && value.indexOf('<') === -1
    ? value.split(/\n\s*\n/).map(function (p) { var d = document.createElement('p'); d.textContent = p; return d.outerHTML; }).join('')
    : value;

  var bar = document.createElement('div');
  bar.className = 'rich-toolbar';
  [['bold', '加粗'], ['italic', '斜体'], ['underline', '下划线'], ['insertUnorderedList', '项目符号'], ['insertOrderedList', '编号'],
   ['formatBlock:h3', '小标题'], ['formatBlock:p', '正文段落']].forEach(function (b) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'button secondary';
    button.textContent = b[1];
    button.addEventListener('click', function () {
      var parts = b[0].split(':');
      document.execCommand(parts[0], false, parts[1] || null);
      editor.focus();
    });
    bar.appendChild(button);
  });

  var toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.className = 'button secondary';
  toggle.textContent = '编辑 HTML 源码';
  toggle.addEventListener('click', function () {
    if (area.hidden) { area.value = editor.innerHTML; area.hidden = false; editor.hidden = true; bar.hidden = true; toggle.textContent = '返回可视化编辑'; }
    else { editor.innerHTML = area.value; area.hidden = true; editor.hidden = false; bar.hidden = false; toggle.textContent = '编辑 HTML 源码'; }
  });

  area.hidden = true;
  area.parentNode.insertBefore(bar, area);
  area.parentNode.insertBefore(editor, area);
  area.parentNode.insertBefore(toggle, area.nextSibling);
  area.form.addEventListener('submit', function () { if (area.hidden) area.value = editor.innerHTML; });
})();
