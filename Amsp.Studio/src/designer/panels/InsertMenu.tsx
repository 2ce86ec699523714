// The menu a connection's + button opens: the activity types that can sit between two activities (those with an
// outcome to carry on from), searchable, keyboard first.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Descriptor } from '../model/types';
import { matches } from './Palette';

interface Props {
  at: { x: number; y: number };
  descriptors: Descriptor[];
  onPick: (descriptor: Descriptor) => void;
  onClose: () => void;
}

export function InsertMenu({ at, descriptors, onPick, onClose }: Props) {
  const [search, setSearch] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const shown = useMemo(() => descriptors.filter((d) => d.outcomes.length > 0 || d.outcomesFromInput).filter((d) => matches(d, search)), [descriptors, search]);
  useEffect(() => input.current?.focus(), []);
  useEffect(() => setActive(0), [search]);
  return (
    <div className="insert-menu" style={{ left: Math.min(at.x, window.innerWidth - 280), top: Math.min(at.y, window.innerHeight - 340) }}
      role="dialog" aria-label="Insert an activity"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
        else if (e.key === 'ArrowDown') { e.preventDefault(); setActive((a) => Math.min(a + 1, shown.length - 1)); }
        else if (e.key === 'ArrowUp') { e.preventDefault(); setActive((a) => Math.max(a - 1, 0)); }
        else if (e.key === 'Enter' && shown[active]) { e.preventDefault(); onPick(shown[active]); }
      }}>
      <input ref={input} type="search" placeholder="Insert which activity?" aria-label="Search activities to insert" value={search} onChange={(e) => setSearch(e.target.value)} />
      <ul role="listbox" aria-label="Activities">
        {shown.map((d, i) => (
          <li key={`${d.type}@${d.version}`} role="option" aria-selected={i === active} className={i === active ? 'active' : ''}
            onMouseEnter={() => setActive(i)} onClick={() => onPick(d)}>
            <strong>{d.displayName}</strong> <span className="hint">{d.category}</span>
          </li>
        ))}
        {shown.length === 0 && <li className="hint">Nothing matches.</li>}
      </ul>
      <button type="button" className="link" onClick={onClose}>Cancel</button>
    </div>
  );
}
