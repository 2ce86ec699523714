import type { ValidationIssue } from '../../api/client';
import type { PlacedIssues } from '../model/validation';

/** Every problem the API found, each a link to what it is about. */
export function IssuesPanel({ issues, all, onShow, onClose }: {
  issues: PlacedIssues; all: ValidationIssue[]; onShow: (issue: ValidationIssue) => void; onClose: () => void;
}) {
  return (
    <section className="issues-panel" aria-label="Problems">
      <header>
        <h2>{issues.count === 0 ? 'No problems' : `${issues.count} problem${issues.count === 1 ? '' : 's'} to fix before publishing`}</h2>
        <button type="button" className="icon" aria-label="Close problems" onClick={onClose}>×</button>
      </header>
      <ul>
        {all.map((i, n) => (
          <li key={n}>
            <button type="button" className="link" onClick={() => onShow(i)}>
              {i.activityId ? <strong>{i.activityId}{i.inputName ? ` · ${i.inputName}` : ''}: </strong> : null}{i.message}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
