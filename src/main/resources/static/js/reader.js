// The module reader: comes back to where the person stopped, and tells the server where they are.
(function () {
    const content = document.getElementById('module-content');
    if (!content) {
        return;
    }
    const token = document.querySelector('meta[name="csrf-token"]');
    const header = document.querySelector('meta[name="csrf-header"]');
    const url = content.dataset.positionUrl;
    const start = parseInt(content.dataset.position || '0', 10);

    function percentRead() {
        const rect = content.getBoundingClientRect();
        const total = rect.height - window.innerHeight;
        if (total <= 0) {
            return 100;
        }
        return Math.max(0, Math.min(100, Math.round((-rect.top / total) * 100)));
    }

    if (start > 0 && start < 100 && !window.location.hash) {
        const rect = content.getBoundingClientRect();
        const total = rect.height - window.innerHeight;
        window.scrollTo({ top: window.scrollY + rect.top + total * start / 100, behavior: 'instant' });
    }

    let last = start;
    let timer = null;
    function send() {
        const percent = percentRead();
        if (percent === last || !token || !header) {
            return;
        }
        last = percent;
        const headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
        headers[header.content] = token.content;
        fetch(url, { method: 'POST', headers: headers, body: 'percent=' + percent, keepalive: true })
            .catch(function () { /* offline: the next scroll tries again */ });
    }
    window.addEventListener('scroll', function () {
        clearTimeout(timer);
        timer = setTimeout(send, 1500);
    }, { passive: true });
    document.addEventListener('visibilitychange', function () {
        if (document.visibilityState === 'hidden') {
            send();
        }
    });
}());
