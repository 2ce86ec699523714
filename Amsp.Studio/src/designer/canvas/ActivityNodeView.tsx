// An activity on the canvas: one target handle on the left and one source handle per outcome on the right,
// each outcome named, so a connection says which way it leaves (xyflow's custom node with typed handles).
import { Handle, NodeResizer, Position, type NodeProps } from '@xyflow/react';
import { memo, useContext } from 'react';
import { minimumSize } from '../model/outcomes';
import { categoryStyle } from './categories';
import { CanvasActions } from './context';
import type { ActivityFlowNode } from './flow';

function ActivityNode({ id, data, selected }: NodeProps<ActivityFlowNode>) {
  const actions = useContext(CanvasActions);
  const { activity, descriptor, outcomes, unknownOutcomes, mark, issues, readOnly } = data;
  const style = categoryStyle(descriptor?.category);
  const title = activity.displayName || id;
  const type = descriptor ? descriptor.displayName : `${activity.type} (unknown type)`;
  const min = minimumSize(outcomes.length + unknownOutcomes.length);
  const classes = ['activity-node', mark ? `tone-${mark.tone}` : '', issues?.length ? 'has-issues' : '', selected ? 'selected' : '', descriptor ? '' : 'unknown-type'];
  return (
    <div className={classes.join(' ')} data-activity={id} style={{ ['--category' as string]: style.color }}>
      {!readOnly && (
        <NodeResizer isVisible={selected} minWidth={min.width} minHeight={min.height}
          onResize={(_, p) => actions.resize(id, p, false)} onResizeEnd={(_, p) => actions.resize(id, p, true)} />
      )}
      <Handle type="target" position={Position.Left} id="in" className="port-in" isConnectable={!readOnly} />
      <div className="node-head">
        <span className="node-glyph" aria-hidden="true">{style.glyph}</span>
        <div className="node-titles">
          <div className="node-title" title={title}>{title}</div>
          <div className="node-sub" title={activity.displayName ? `${type} · ${id}` : type}>{activity.displayName ? `${type} · ${id}` : type}</div>
        </div>
        {mark?.label && <span className={`node-mark mark-${mark.tone}`}>{mark.label}</span>}
        {!!issues?.length && <span className="node-issues" title={issues.map((i) => i.message).join('\n')}>{issues.length}</span>}
      </div>
      <div className="node-ports">
        {outcomes.map((o) => (
          <div className="port-row" key={o}>
            <span className="port-label">{o}</span>
            <Handle type="source" position={Position.Right} id={o} className="port-out" isConnectable={!readOnly} />
          </div>
        ))}
        {unknownOutcomes.map((o) => (
          <div className="port-row unknown" key={o} title={`${activity.type} has no outcome '${o}'`}>
            <span className="port-label">{o}?</span>
            <Handle type="source" position={Position.Right} id={o} className="port-out" isConnectable={false} />
          </div>
        ))}
      </div>
    </div>
  );
}

export const ActivityNodeView = memo(ActivityNode);
