import { describe, expect, it } from 'vitest';
import { definitionToGraph } from '../src/designer/model/graph';
import { inputIssues, placeIssues } from '../src/designer/model/validation';
import { decorated } from './fixtures';

// Messages as the engine's WorkflowValidator words them.
describe('validation errors on the canvas', () => {
  const graph = definitionToGraph(decorated());

  it('puts activity and input errors on their node', () => {
    const placed = placeIssues(graph, [
      { code: 'MissingInput', message: "Activity 'log' needs input 'Message'.", activityId: 'log', inputName: 'Message' },
      { code: 'BadExpression', message: 'Unexpected token', activityId: 'decide', inputName: 'Condition' },
    ]);
    expect([...placed.nodes.keys()]).toEqual(['log', 'decide']);
    expect(inputIssues(placed, 'decide', 'Condition')).toHaveLength(1);
    expect(inputIssues(placed, 'decide', 'Other')).toHaveLength(0);
    expect(placed.count).toBe(2);
  });

  it('puts connection errors on the connection they name', () => {
    const placed = placeIssues(graph, [
      { code: 'UnknownOutcome', message: "Activity 'decide' (Decision) has no outcome 'True'.", activityId: 'decide' },
      { code: 'DanglingConnection', message: 'Connection start:Done->decide ends at unknown activity \'decide\'.', activityId: 'decide' },
    ]);
    expect([...placed.edges.keys()].sort()).toEqual(['decide:True->log', 'start:Done->decide']);
    expect(placed.nodes.size).toBe(0);
  });

  it('keeps errors about the workflow, or about nothing on the canvas, apart', () => {
    const placed = placeIssues(graph, [
      { code: 'NoStart', message: 'The flowchart has no Start activity and no trigger.' },
      { code: 'UnknownActivityType', message: "Activity 'gone' has unknown type 'X' v1.", activityId: 'gone' },
    ]);
    expect(placed.general.map((i) => i.code)).toEqual(['NoStart', 'UnknownActivityType']);
  });
});
