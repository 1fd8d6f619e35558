// Progressive enhancement for the plan form: an "Add a row" button per repeatable section.
// Without JavaScript the form already shows two empty rows per section.
document.querySelectorAll('button.add-row').forEach(function (button) {
  var rows = document.querySelector('.rows[data-rows="' + button.dataset.for + '"]');
  if (!rows) { return; }
  button.hidden = false;
  button.addEventListener('click', function () {
    var all = rows.querySelectorAll('.row');
    var last = all[all.length - 1];
    var next = Number(last.dataset.index) + 1;
    var copy = last.cloneNode(true);
    copy.dataset.index = String(next);
    copy.querySelectorAll('[name]').forEach(function (input) {
      input.name = input.name.replace(/\[\d+\]/, '[' + next + ']');
      if (input.id) { input.id = input.id.replace(/-\d+-/, '-' + next + '-'); }
      if (input.type === 'checkbox') { input.checked = false; } else if (input.tagName === 'SELECT') { input.selectedIndex = 0; } else { input.value = ''; }
    });
    copy.querySelectorAll('label[for]').forEach(function (label) { label.htmlFor = label.htmlFor.replace(/-\d+-/, '-' + next + '-'); });
    copy.querySelectorAll('.error').forEach(function (e) { e.remove(); });
    var title = copy.querySelector('.row-title');
    if (title) { title.textContent = title.textContent.replace(/\d+$/, String(next + 1)); }
    rows.appendChild(copy);
  });
});
