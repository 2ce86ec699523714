// A definition of N activities shaped like a real one: a chain of steps broken every few steps by a decision whose
// two branches meet again in a join, with logs, variables and scripts in between. Laid out or not.
type Json = Record<string, unknown>;

export function largeDefinition(definitionId: string, activities: number, withLayout: boolean): Json {
  const nodes: Json[] = [{ id: 'start', type: 'Start' }];
  const connections: Json[] = [];
  const link = (from: string, to: string, outcome = 'Done') => connections.push({ source: { activity: from, outcome }, target: { activity: to } });
  let last = 'start';
  let n = 1;
  while (nodes.length < activities - 1) {
    if (n % 6 === 0 && nodes.length + 4 <= activities - 1) {
      const [d, yes, no, join] = [`decide-${n}`, `yes-${n}`, `no-${n}`, `join-${n}`];
      nodes.push(
        { id: d, type: 'Decision', inputs: { Condition: { syntax: 'JavaScript', value: `variables.total > ${n}` } } },
        { id: yes, type: 'Log', inputs: { Message: { syntax: 'Liquid', value: `{{ variables.total }} above ${n}` } } },
        { id: no, type: 'SetVariable', inputs: { Variable: { syntax: 'Literal', value: 'total' }, Value: { syntax: 'JavaScript', value: 'variables.total + 1' } } },
        { id: join, type: 'Join', inputs: { Mode: { syntax: 'Literal', value: 'WaitAny' } } },
      );
      link(last, d);
      link(d, yes, 'True');
      link(d, no, 'False');
      link(yes, join);
      link(no, join);
      last = join;
    } else {
      const id = `step-${n}`;
      nodes.push(n % 2 === 0
        ? { id, type: 'Log', inputs: { Message: { syntax: 'Literal', value: `Step ${n}` } } }
        : { id, type: 'SetVariable', inputs: { Variable: { syntax: 'Literal', value: 'total' }, Value: { syntax: 'Literal', value: n } } });
      link(last, id);
      last = id;
    }
    n++;
  }
  nodes.push({ id: 'finish', type: 'Finish' });
  link(last, 'finish');
  if (withLayout) {
    // A simple grid, as a saved layout would give: rows of 12, left to right.
    nodes.forEach((node, i) => { node.designer = { x: (i % 12) * 300, y: Math.floor(i / 12) * 140 }; });
  }
  return {
    definitionId, name: `Benchmark, ${activities} activities`,
    variables: [{ name: 'total', type: 'number', default: 0 }],
    root: { activities: nodes, connections },
  };
}
