// The module editor's live preview: the server renders the Markdown with the same pipeline as
// publishing (sanitised), so what the trainer sees is what agents will see.
(function () {
    const textarea = document.getElementById('markdown');
    const preview = document.getElementById('editor-preview');
    const token = document.querySelector('meta[name="csrf-token"]');
    const header = document.querySelector('meta[name="csrf-header"]');
    if (!textarea || !preview || !token || !header) {
        return;
    }
    let timer = null;
    let latest = 0;
    function refresh() {
        const request = ++latest;
        const headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
        headers[header.content] = token.content;
        fetch(textarea.dataset.previewUrl, {
            method: 'POST',
            headers: headers,
            body: new URLSearchParams({ markdown: textarea.value })
        }).then(function (response) {
            return response.ok ? response.text() : null;
        }).then(function (html) {
            if (html !== null && request === latest) {
                preview.innerHTML = html;
                document.dispatchEvent(new CustomEvent('academy:content-replaced'));
            }
        }).catch(function () { /* offline: the next keystroke tries again */ });
    }
    textarea.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(refresh, 400);
    });
}());
