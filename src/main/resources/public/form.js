// Progressive enhancement for the plan form: an "Add a row" button per repeatable section.
// Without JavaScript the form shows every filled row and one empty row per section.
document.querySelectorAll('button.add-row').forEach(function (button) {
  var rowsPath = button.dataset.for;
  var rows = document.querySelector('.rows[data-rows="' + rowsPath + '"]');
  if (!rows) { return; }
  var idBase = 'f-' + rowsPath.replace(/\./g, '-') + '-';
  button.hidden = false;
  button.addEventListener('click', function () {
    var all = rows.querySelectorAll('.row');
    var last = all[all.length - 1];
    var previous = last.dataset.index;
    var next = Number(previous) + 1;
    var copy = last.cloneNode(true);
    copy.dataset.index = String(next);
    var renumber = function (value) {
      return value.split(' ').map(function (part) {
        return part.indexOf(idBase + previous + '-') === 0 ? idBase + next + '-' + part.substring((idBase + previous + '-').length) : part;
      }).join(' ');
    };
    copy.querySelectorAll('[id]').forEach(function (el) { el.id = renumber(el.id); });
    copy.querySelectorAll('[for]').forEach(function (el) { el.htmlFor = renumber(el.htmlFor); });
    copy.querySelectorAll('[aria-describedby]').forEach(function (el) {
      el.setAttribute('aria-describedby', renumber(el.getAttribute('aria-describedby')).replace(/\s*\S+-error\b/, ''));
      el.removeAttribute('aria-invalid');
    });
    copy.querySelectorAll('[name]').forEach(function (input) {
      input.name = input.name.replace('[' + previous + ']', '[' + next + ']');
      if (input.type === 'checkbox') { input.checked = false; } else if (input.tagName === 'SELECT') { input.selectedIndex = 0; } else { input.value = ''; }
    });
    copy.querySelectorAll('.error').forEach(function (e) { e.remove(); });
    copy.classList.remove('has-error');
    copy.querySelectorAll('.has-error').forEach(function (e) { e.classList.remove('has-error'); });
    var title = copy.querySelector('.row-title');
    if (title) { title.textContent = title.textContent.replace(/\d+$/, String(next + 1)); }
    rows.appendChild(copy);
    var first = copy.querySelector('input, select');
    if (first) { first.focus(); }
  });
});

// The result page's "Print" link.
document.querySelectorAll('[data-print]').forEach(function (link) {
  link.addEventListener('click', function (event) { event.preventDefault(); window.print(); });
});
