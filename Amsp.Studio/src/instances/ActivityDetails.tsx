// One activity of an instance: its status, executions and timing, its outputs, and its inputs as its version
// defines them (the engine records what activities produce, not what their expressions evaluated to).
import type { Schemas } from '../api/client';
import { descriptorOf, type DefinitionJson, type DescriptorIndex } from '../designer/model/types';
import { duration, timeSpanMs, when } from './format';
import { StatusBadge } from './StatusBadge';

interface Props {
  id: string;
  definition: DefinitionJson;
  index: DescriptorIndex;
  path: Schemas['InstancePath'] | undefined;
  incidents: Schemas['Incident'][];
}

export function ActivityDetails({ id, definition, index, path, incidents }: Props) {
  const activity = definition.root.activities.find((a) => a.id === id);
  if (!activity) return null;
  const descriptor = descriptorOf(index, activity);
  const run = path?.activities.find((a) => a.activityId === id);
  const own = incidents.filter((i) => i.activityId === id);
  const inputs = Object.entries(activity.inputs ?? {});
  return (
    <section className="activity-details" aria-label={`Activity ${id}`}>
      <h2>{activity.displayName || id}</h2>
      <p className="hint">{descriptor?.displayName ?? activity.type}{activity.displayName ? <> · <code>{id}</code></> : null}</p>
      {run ? (
        <dl className="facts-grid">
          <dt>Status</dt><dd><StatusBadge status={run.status} /></dd>
          <dt>Executions</dt><dd>{run.executions}</dd>
          <dt>Started</dt><dd>{when(run.startedAt)}</dd>
          <dt>Ended</dt><dd>{when(run.finishedAt)}</dd>
          <dt>Time executing</dt><dd>{duration(timeSpanMs(run.duration))}</dd>
          {run.outcomes.length > 0 && <><dt>Outcome</dt><dd>{run.outcomes.join(', ')}</dd></>}
        </dl>
      ) : <p>This activity has not run in this instance.</p>}
      <h3>Inputs</h3>
      {inputs.length === 0 ? <p className="hint">None set; defaults apply.</p> : (
        <dl className="inputs">
          {inputs.map(([name, e]) => (
            <div key={name}>
              <dt>{name} <span className="hint">{e.syntax}</span></dt>
              <dd><pre className="json">{typeof e.value === 'string' && e.syntax !== 'Literal' ? e.value : JSON.stringify(e.value, null, 2)}</pre></dd>
            </div>
          ))}
        </dl>
      )}
      <h3>Outputs</h3>
      {run?.outputs != null ? <pre className="json">{JSON.stringify(run.outputs, null, 2)}</pre> : <p className="hint">None.</p>}
      {own.length > 0 && (
        <>
          <h3>Incidents</h3>
          {own.map((i) => <p key={i.id} className="field-error">Attempt {i.attempt}: {i.errorType}: {i.message}</p>)}
        </>
      )}
    </section>
  );
}
