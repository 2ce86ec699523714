// The designer's start page: every workflow definition (its latest version), a new one, or one imported from JSON.
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Dialog } from '../shell/Dialog';
import { ProblemBox } from '../shell/ProblemBox';
import { useToasts } from '../shell/toasts';
import { definitions } from './api';
import type { DefinitionJson } from './model/types';

export function DefinitionsPage() {
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const list = useQuery({ queryKey: ['definitions', search, page], queryFn: () => definitions.list(search, page), placeholderData: (p) => p });
  const file = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();
  const toasts = useToasts();
  const total = Number(list.data?.total ?? 0);
  const pages = Math.max(1, Math.ceil(total / Number(list.data?.pageSize ?? 50)));

  async function importFile(f: File) {
    try {
      const definition = JSON.parse(await f.text()) as DefinitionJson;
      const saved = await definitions.import(definition);
      toasts.show('success', `Imported ${saved.definition.name} as draft version ${saved.definition.version}`);
      navigate(`/designer/${encodeURIComponent(saved.definition.definitionId)}`);
    } catch (e) {
      toasts.error(e instanceof SyntaxError ? new Error(`${f.name} is not valid JSON.`) : e, 'Not imported');
    }
  }

  return (
    <div className="list-page">
      <div className="list-head">
        <h1>Workflows</h1>
        <input type="search" placeholder="Search by name or id" aria-label="Search workflows" value={search} onChange={(e) => { setSearch(e.target.value); setPage(1); }} />
        <button type="button" onClick={() => file.current?.click()}>Import JSON…</button>
        <button type="button" className="primary" onClick={() => setCreating(true)}>New workflow</button>
        <input ref={file} type="file" accept="application/json,.json" hidden aria-label="Import a workflow file"
          onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void importFile(f); }} />
      </div>
      {list.isError && <ProblemBox error={list.error} onRetry={() => list.refetch()} />}
      {list.isPending && <p role="status">Loading…</p>}
      {list.data && (
        <table className="data">
          <thead><tr><th>Name</th><th>Definition id</th><th>Latest version</th><th>Published</th></tr></thead>
          <tbody>
            {list.data.items.map((d) => (
              <tr key={d.definitionId}>
                <td><Link to={`/designer/${encodeURIComponent(d.definitionId)}`}>{d.name || d.definitionId}</Link>{d.description && <div className="hint clamp">{d.description}</div>}</td>
                <td><code>{d.definitionId}</code></td>
                <td>{d.version}</td>
                <td>{d.isPublished ? <span className="badge published">published</span> : <span className="badge">draft</span>}</td>
              </tr>
            ))}
            {list.data.items.length === 0 && <tr><td colSpan={4} className="hint">{search ? `No workflow matches “${search}”.` : 'No workflows yet.'}</td></tr>}
          </tbody>
        </table>
      )}
      {pages > 1 && (
        <div className="pager">
          <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>Previous</button>
          <span>Page {page} of {pages}</span>
          <button type="button" disabled={page >= pages} onClick={() => setPage(page + 1)}>Next</button>
        </div>
      )}
      {creating && <NewWorkflow onClose={() => setCreating(false)} />}
    </div>
  );
}

function NewWorkflow({ onClose }: { onClose: () => void }) {
  const [name, setName] = useState('');
  const [id, setId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const navigate = useNavigate();
  const suggested = name.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const definitionId = id.trim() || suggested;
  async function create() {
    try {
      const taken = await definitions.load(definitionId).then(() => true, () => false);
      if (taken) throw new Error(`A workflow with the id '${definitionId}' exists already: choose another id.`);
      const saved = await definitions.save({
        definitionId, name: name.trim(),
        root: { activities: [{ id: 'start', type: 'Start', designer: { x: 40, y: 120 } }], connections: [] },
      }, null);
      navigate(`/designer/${encodeURIComponent(saved.definition.definitionId)}`);
    } catch (e) {
      setError(e);
    }
  }
  return (
    <Dialog title="New workflow" onClose={onClose}
      actions={<>
        <button type="button" onClick={onClose}>Cancel</button>
        <button type="button" className="primary" disabled={!name.trim() || !definitionId} onClick={create}>Create</button>
      </>}>
      <div className="field">
        <label htmlFor="new-name">Name</label>
        <input id="new-name" type="text" value={name} onChange={(e) => setName(e.target.value)} autoFocus />
      </div>
      <div className="field">
        <label htmlFor="new-id">Definition id</label>
        <input id="new-id" type="text" value={id} placeholder={suggested} onChange={(e) => setId(e.target.value)} />
        <p className="hint">Stable across versions; instances and HTTP triggers refer to it.</p>
      </div>
      {error != null && <ProblemBox error={error} />}
    </Dialog>
  );
}
