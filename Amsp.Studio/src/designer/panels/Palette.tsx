// The palette: every activity type from /api/activity-descriptors, by category, with search. Drag one onto the
// canvas, or press Enter on it to add it in the middle of the view.
import { forwardRef, useMemo, useState } from 'react';
import { activityMime } from '../canvas/FlowCanvas';
import { categoryStyle } from '../canvas/categories';
import type { Descriptor } from '../model/types';

interface Props {
  categories: { name: string; activities: Descriptor[] }[];
  onAdd: (descriptor: Descriptor) => void;
  disabled: boolean;
}

export function matches(d: Descriptor, search: string): boolean {
  const q = search.trim().toLowerCase();
  return q === '' || [d.displayName, d.type, d.category, d.description ?? ''].some((s) => s.toLowerCase().includes(q));
}

export const Palette = forwardRef<HTMLInputElement, Props>(function Palette({ categories, onAdd, disabled }, searchRef) {
  const [search, setSearch] = useState('');
  const [closed, setClosed] = useState<Set<string>>(new Set());
  const shown = useMemo(
    () => categories.map((c) => ({ ...c, activities: c.activities.filter((d) => matches(d, search)) })).filter((c) => c.activities.length > 0),
    [categories, search],
  );
  return (
    <aside className="palette" aria-label="Activities">
      <input ref={searchRef} type="search" placeholder="Search activities  /" aria-label="Search activities" value={search} onChange={(e) => setSearch(e.target.value)} />
      {shown.length === 0 && <p className="hint">No activity matches “{search}”.</p>}
      {shown.map((c) => {
        const open = search !== '' || !closed.has(c.name);
        const style = categoryStyle(c.name);
        return (
          <div key={c.name} className="palette-group">
            <button type="button" className="palette-category" aria-expanded={open}
              onClick={() => setClosed((s) => { const n = new Set(s); if (n.has(c.name)) n.delete(c.name); else n.add(c.name); return n; })}>
              <span className="chevron" aria-hidden="true">{open ? '▾' : '▸'}</span> {c.name}
            </button>
            {open && c.activities.map((d) => (
              <div key={`${d.type}@${d.version}`} className={`palette-item${disabled ? ' disabled' : ''}`} role="button" tabIndex={disabled ? -1 : 0}
                draggable={!disabled} title={d.description ?? d.displayName}
                onDragStart={(e) => {
                  e.dataTransfer.setData(activityMime, JSON.stringify({ type: d.type, version: Number(d.version) }));
                  e.dataTransfer.effectAllowed = 'copy';
                }}
                onDoubleClick={() => !disabled && onAdd(d)}
                onKeyDown={(e) => { if (!disabled && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); onAdd(d); } }}>
                <span className="node-glyph small" style={{ background: style.color }} aria-hidden="true">{style.glyph}</span>
                {/* The name read out says what the item does and contains the visible text, as a voice user says it. */}
                <span className="palette-name"><span className="sr-only">Add </span>{d.displayName}</span>
              </div>
            ))}
          </div>
        );
      })}
    </aside>
  );
});
