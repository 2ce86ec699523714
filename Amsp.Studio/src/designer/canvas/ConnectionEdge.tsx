// A connection: a smooth step line from an outcome port to an activity, with a button in its middle to put a new
// activity on it (the usual way to insert a step between two connected ones).
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { memo, useContext } from 'react';
import { CanvasActions } from './context';
import type { ConnectionFlowEdge } from './flow';

function ConnectionLine(props: EdgeProps<ConnectionFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, selected, data, markerEnd } = props;
  const actions = useContext(CanvasActions);
  const [path, labelX, labelY] = getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, borderRadius: 8, offset: 24 });
  const tone = data?.issues?.length ? 'error' : data?.tone ?? 'idle';
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={`connection tone-${tone}${selected ? ' selected' : ''}`} interactionWidth={16} />
      {!data?.readOnly && (
        <EdgeLabelRenderer>
          <button type="button" className={`edge-insert${selected ? ' visible' : ''}`} data-testid={`insert-on-${id}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            title="Insert an activity here" aria-label={`Insert an activity on the connection ${id}`}
            onClick={(e) => { e.stopPropagation(); actions.insertOn(id, { x: e.clientX, y: e.clientY }); }}>
            +
          </button>
        </EdgeLabelRenderer>
      )}
      {!!data?.issues?.length && (
        <EdgeLabelRenderer>
          <div className="edge-issue" style={{ transform: `translate(-50%, -150%) translate(${labelX}px, ${labelY}px)` }} title={data.issues.map((i) => i.message).join('\n')}>
            {data.issues[0].message}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const ConnectionEdge = memo(ConnectionLine);
