// The menus of the header are <details> disclosures: one open at a time, closed by Escape or a click
// elsewhere (the native element does neither). Without JavaScript they still open and close.
document.addEventListener('click', function (event) {
    document.querySelectorAll('.site-nav details[open]').forEach(function (menu) {
        if (!menu.contains(event.target)) {
            menu.removeAttribute('open');
        }
    });
});
document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') {
        return;
    }
    document.querySelectorAll('.site-nav details[open]').forEach(function (menu) {
        menu.removeAttribute('open');
        if (menu.contains(document.activeElement)) {
            menu.querySelector('summary').focus();
        }
    });
});

// On a phone the whole menu folds behind « Menu » (site.css hides it only once this script runs).
document.addEventListener('DOMContentLoaded', function () {
    var toggle = document.getElementById('nav-toggle');
    var nav = document.getElementById('site-nav');
    if (!toggle || !nav) {
        return;
    }
    document.documentElement.classList.add('js-nav');
    toggle.hidden = false;
    toggle.addEventListener('click', function () {
        var open = toggle.getAttribute('aria-expanded') !== 'true';
        toggle.setAttribute('aria-expanded', String(open));
        nav.classList.toggle('site-nav--open', open);
    });
});
