// The project file saves itself: a change in any of its fields clicks the form's hidden autosave button,
// whose ajax request saves the draft and refreshes « Enregistré à … ». Without JavaScript, « Enregistrer ».
document.addEventListener('change', function (event) {
    var form = event.target.form;
    var button = form ? form.querySelector('[data-autosave]') : null;
    if (button && event.target !== button) {
        button.click();
    }
});
