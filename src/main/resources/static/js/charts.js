// Draws every <canvas data-chart> on the page with Chart.js. The figures come from the attribute
// (JSON written by the server); the same figures are in the table next to each chart.
(function () {
    if (typeof Chart === 'undefined') {
        return;
    }
    const palette = ['#1f5f8b', '#d17a22', '#2e8b57', '#8e44ad', '#c0392b', '#7f8c8d', '#b7950b', '#16a085'];
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
        const spec = JSON.parse(canvas.dataset.chart);
        const stacked = spec.kind === 'STACKED_BAR';
        new Chart(canvas, {
            type: spec.kind === 'LINE' ? 'line' : 'bar',
            data: {
                labels: spec.labels,
                datasets: spec.series.map(function (series, i) {
                    const colour = palette[i % palette.length];
                    return { label: series.name, data: series.values, borderColor: colour, backgroundColor: colour,
                        spanGaps: true, tension: 0.2 };
                })
            },
            options: {
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                scales: { x: { stacked: stacked }, y: { stacked: stacked, beginAtZero: true, ticks: { precision: 0 } } }
            }
        });
    });
}());
