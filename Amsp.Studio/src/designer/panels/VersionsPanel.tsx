// The definition's versions: view one, compare two (or one with the edits on the canvas), revert to one.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ProblemBox } from '../../shell/ProblemBox';
import { definitions } from '../api';

export type Side = number | 'edits';

interface Props {
  definitionId: string;
  /** Changes when a save, publish or revert made a new version. */
  revision: number;
  dirty: boolean;
  onView: (version: number) => void;
  onCompare: (older: Side, newer: Side) => void;
  onRevert: (version: number) => void;
  onClose: () => void;
}

export function VersionsPanel({ definitionId, revision, dirty, onView, onCompare, onRevert, onClose }: Props) {
  const versions = useQuery({ queryKey: ['versions', definitionId, revision], queryFn: () => definitions.versions(definitionId) });
  const list = versions.data ?? [];
  const [older, setOlder] = useState<Side>(1);
  const [newer, setNewer] = useState<Side>('edits');
  useEffect(() => {
    const all = versions.data ?? [];
    if (all.length >= 2) setOlder(Number(all[all.length - 2].version));
  }, [versions.data]);
  const label = (s: Side) => (s === 'edits' ? 'the canvas (your edits)' : `version ${s}`);
  return (
    <section className="versions-panel" aria-label="Versions">
      <header>
        <h2>Versions</h2>
        <button type="button" className="icon" aria-label="Close versions" onClick={onClose}>×</button>
      </header>
      {versions.isError && <ProblemBox error={versions.error} onRetry={() => versions.refetch()} />}
      <div className="compare">
        <label>Compare <select aria-label="Older side" value={String(older)} onChange={(e) => setOlder(side(e.target.value))}>{options(list)}</select></label>
        <label>with <select aria-label="Newer side" value={String(newer)} onChange={(e) => setNewer(side(e.target.value))}>{options(list)}</select></label>
        <button type="button" disabled={older === newer} onClick={() => onCompare(older, newer)} title={`Compare ${label(older)} with ${label(newer)}`}>Compare</button>
      </div>
      <ol className="version-list">
        {[...list].reverse().map((v) => (
          <li key={v.id}>
            <div>
              <strong>Version {v.version}</strong>
              {v.isPublished && <span className="badge published">published</span>}
              {v.isLatest && <span className="badge">latest</span>}
              <div className="hint">{v.name}</div>
            </div>
            <div className="version-actions">
              <button type="button" onClick={() => onView(Number(v.version))}>View</button>
              <button type="button" onClick={() => onCompare(Number(v.version), 'edits')}>Diff with canvas</button>
              {!v.isLatest && (
                <button type="button" onClick={() => onRevert(Number(v.version))}
                  title={dirty ? 'Your unsaved edits will be replaced' : undefined}>Revert to this</button>
              )}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

function side(value: string): Side {
  return value === 'edits' ? 'edits' : Number(value);
}

function options(list: { version: number | string }[]) {
  return [
    <option key="edits" value="edits">Canvas (your edits)</option>,
    ...list.map((v) => <option key={String(v.version)} value={String(v.version)}>Version {v.version}</option>),
  ];
}
