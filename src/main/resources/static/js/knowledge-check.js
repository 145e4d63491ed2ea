// Knowledge checks inside modules: ungraded practice with feedback at once.
(function () {
    function fraction(value) {
        const number = parseFloat(value);
        return isNaN(number) ? 0 : number;
    }

    function wildcard(pattern) {
        const escaped = pattern.trim().toLowerCase().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
        return new RegExp('^' + escaped + '$');
    }

    function typedScore(input) {
        const answer = input.value.trim().toLowerCase();
        if (!answer) {
            return 0;
        }
        let best = 0;
        (input.dataset.accept || '').split('\u001F').forEach(function (entry) {
            const bar = entry.indexOf('|');
            const weight = fraction(entry.substring(0, bar));
            const accepted = entry.substring(bar + 1);
            let matches;
            if (input.dataset.numeric === 'true') {
                const range = accepted.split('..');
                const number = parseFloat(answer.replace(',', '.'));
                matches = !isNaN(number) && number >= parseFloat(range[0]) - 1e-9 && number <= parseFloat(range[1]) + 1e-9;
            } else {
                matches = wildcard(accepted).test(answer);
            }
            if (matches && weight > best) {
                best = weight;
            }
        });
        return best;
    }

    function check(form) {
        const kind = form.dataset.kind;
        const feedback = form.querySelector('.kc-feedback');
        const notes = [];
        let score = 0;
        if (kind === 'multichoice' || kind === 'truefalse' || kind === 'multianswer') {
            form.querySelectorAll('input:checked').forEach(function (input) {
                score += fraction(input.dataset.fraction);
                if (input.dataset.feedback) {
                    notes.push(input.dataset.feedback);
                }
            });
        } else if (kind === 'shortanswer' || kind === 'numerical') {
            score = typedScore(form.querySelector('.kc-typed'));
        } else if (kind === 'matching') {
            const selects = form.querySelectorAll('.kc-match');
            let right = 0;
            selects.forEach(function (select) {
                if (select.value === select.dataset.right) {
                    right++;
                }
            });
            score = selects.length ? right / selects.length : 0;
        } else if (kind === 'essay') {
            score = -1;
        }
        score = Math.max(0, Math.min(1, score));
        let verdict = '';
        if (kind !== 'essay') {
            verdict = score >= 0.999 ? feedback.dataset.right : (score > 0 ? feedback.dataset.partly : feedback.dataset.wrong);
        }
        feedback.textContent = '';
        const lines = [verdict].concat(notes);
        if (form.dataset.general) {
            lines.push(form.dataset.general);
        }
        lines.filter(Boolean).forEach(function (text) {
            const p = document.createElement('p');
            p.className = 'mb-1';
            p.textContent = text;
            feedback.appendChild(p);
        });
        feedback.className = 'kc-feedback alert mt-2 mb-0 ' +
            (kind === 'essay' ? 'alert-info' : (score >= 0.999 ? 'alert-success' : (score > 0 ? 'alert-warning' : 'alert-danger')));
    }

    document.addEventListener('click', function (event) {
        const button = event.target.closest('.kc-check');
        if (button) {
            check(button.closest('.kc-question'));
        }
    });
}());
