// Refuses a file over the upload limit as soon as it is chosen, instead of sending megabytes only
// to have them refused (and a file far over the limit may be cut off before the answer arrives).
(function () {
    document.querySelectorAll('input[type="file"][data-max-bytes]').forEach(function (input) {
        input.addEventListener('change', function () {
            const file = input.files[0];
            const tooLarge = file !== undefined && file.size > Number(input.dataset.maxBytes);
            input.setCustomValidity(tooLarge ? input.dataset.tooLarge : '');
            input.reportValidity();
        });
    });
}());
