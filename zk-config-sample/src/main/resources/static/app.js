'use strict';

// Renders the view pushed by /api/events; the page is never reloaded.
(function () {
	const GROUPS = ['refreshScope', 'configurationProperties', 'environment'];

	function byId(id) {
		return document.getElementById(id);
	}

	function cell(row, text, className) {
		const td = row.insertCell();
		td.textContent = text;
		if (className) {
			td.className = className;
		}
		return td;
	}

	function show(value) {
		if (value === null || value === undefined) {
			return '(none)';
		}
		return (value === '') ? '(empty)' : value;
	}

	function renderGroup(name, values, changedKeys) {
		const list = byId(name);
		list.replaceChildren();
		Object.entries(values).forEach(([key, value]) => {
			const dt = document.createElement('dt');
			dt.textContent = key;
			const dd = document.createElement('dd');
			dd.id = 'value-' + key;
			dd.textContent = show(value);
			if (changedKeys.has(key)) {
				dd.classList.add('flash');
			}
			list.append(dt, dd);
		});
	}

	function renderChanges(changes) {
		const body = byId('changes');
		body.replaceChildren();
		changes.forEach((change) => {
			const row = body.insertRow();
			cell(row, new Date(change.time).toLocaleTimeString(), 'time');
			cell(row, change.key, 'key');
			cell(row, show(change.oldValue) + ' \u2192 ' + show(change.newValue));
		});
		byId('no-changes').hidden = changes.length > 0;
	}

	function renderKeys(keys) {
		const body = byId('keys');
		const options = byId('known-keys');
		body.replaceChildren();
		options.replaceChildren();
		keys.forEach((entry) => {
			const row = body.insertRow();
			cell(row, entry.key, 'key');
			cell(row, show(entry.value));
			cell(row, entry.context, 'context');
			const option = document.createElement('option');
			option.value = entry.key;
			options.append(option);
		});
	}

	function render(view, changedKeys) {
		document.title = view.title;
		byId('title').textContent = view.title;
		byId('zookeeper').textContent = view.zooKeeper.connectString + (view.zooKeeper.embedded ? ' (embedded)' : '');
		byId('context').textContent = view.zooKeeper.context;
		byId('notice').textContent = view.beans.environment['notice.text'] || '';
		GROUPS.forEach((group) => renderGroup(group, view.beans[group], changedKeys));
		renderChanges(view.changes);
		renderKeys(view.keys);
	}

	function setStatus(text, live) {
		const status = byId('stream-status');
		status.textContent = text;
		status.classList.toggle('live', live);
	}

	function subscribe() {
		const events = new EventSource('api/events');
		events.addEventListener('open', () => setStatus('live', true));
		events.addEventListener('error', () => setStatus('reconnecting\u2026', false));
		events.addEventListener('config', (event) => render(JSON.parse(event.data), new Set()));
		events.addEventListener('change', (event) => {
			const message = JSON.parse(event.data);
			render(message.config, new Set(message.changes.map((change) => change.key)));
		});
	}

	async function submit(method, key, value) {
		const result = byId('form-result');
		const response = await fetch('api/config/' + encodeURIComponent(key).replace(/%2F/gi, '/'), {
			method: method,
			headers: { 'Content-Type': 'text/plain' },
			body: (method === 'PUT') ? value : undefined
		});
		if (response.ok) {
			result.className = 'result ok';
			result.textContent = (method === 'PUT' ? 'Set ' : 'Deleted ') + key
				+ ' in ZooKeeper; the page follows when the application has applied it.';
		}
		else {
			const problem = await response.json().catch(() => ({}));
			result.className = 'result error';
			result.textContent = (problem.title || response.statusText) + ': ' + (problem.detail || response.status);
		}
	}

	byId('change-form').addEventListener('submit', (event) => {
		event.preventDefault();
		submit('PUT', byId('key').value.trim(), byId('value').value);
	});
	byId('delete').addEventListener('click', () => submit('DELETE', byId('key').value.trim()));

	fetch('api/config').then((response) => response.json()).then((view) => render(view, new Set()));
	subscribe();
})();
